// A shop written in C#: Java code subclasses Product; the shop prices with
// the Java rules library (through its stub assembly, Rules.dll) and
// subclasses its Rule.
using System;
using System.Collections.Generic;
using shop.rules;

namespace Shop {
    public abstract class Product {
        readonly string name;
        readonly long cents;
        protected Product(string name, long cents) { this.name = name; this.cents = cents; }
        public string Name { get { return name; } }
        public long Cents { get { return cents; } }
        public abstract string Category();
        public virtual string Describe() { return name + " (" + Category() + ")"; }
    }

    public class Gadget : Product {
        public Gadget(string name, long cents) : base(name, cents) { }
        public override string Category() { return "gadget"; }
    }

    /// A C# rule handed to the Java rules engine: a flat amount off one category.
    class CategoryDeal : Rule {
        readonly string category;
        readonly long off;
        public CategoryDeal(string category, long off) : base(off + " off " + category) { this.category = category; this.off = off; }
        public override bool appliesTo(string c) { return c == category; }
        public override long apply(long cents) { return Math.Max(0, cents - off); }
    }

    public class Catalog {
        readonly List<Product> products = new List<Product>();
        readonly Rules rules = new Rules();

        public Catalog() {
            rules.add(new CategoryDeal("book", 150));
            rules.add(Rules.percentOff(10));
        }

        public void Add(Product p) { products.Add(p); }

        public string Receipt() {
            var sb = new System.Text.StringBuilder();
            long total = 0;
            foreach (var p in products) {
                long price = rules.price(p.Category(), p.Cents);
                total += price;
                sb.AppendFormat("{0,-44} {1,8:F2}\n", p.Describe(), price / 100.0);
            }
            sb.AppendFormat("{0,-44} {1,8:F2}\n", "total (" + rules.describe() + ")", total / 100.0);
            return sb.ToString();
        }

        public static string Check(string isbn) {
            if (isbn.Length != 13) throw new ArgumentException("bad ISBN: " + isbn);
            return isbn;
        }
    }
}

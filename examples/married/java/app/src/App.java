import cli.Shop.Catalog;
import cli.Shop.Gadget;
import cli.Shop.Product;

/** A Java program using the C# shop: Book extends the C# Product. */
public class App {
    static final class Book extends Product {
        private final String author;

        Book(String title, String author, long cents) {
            super(title, cents);
            this.author = author;
        }

        @Override
        public String Category() {
            return "book";
        }

        @Override
        public String Describe() {
            return super.Describe() + " by " + author;
        }
    }

    public static void main(String[] args) {
        Catalog catalog = new Catalog();
        catalog.Add(new Book("The Art of Calls", "A. Turing", 4200));
        catalog.Add(new Gadget("Stack walker", 1999));
        catalog.Add(new Book("Two VMs, One Heap", "B. Liskov", 3500));
        System.out.print(catalog.Receipt());
        try {
            Catalog.Check("12345");
        } catch (IllegalArgumentException e) {
            System.out.println("never: Java's IllegalArgumentException is not .NET's ArgumentException");
        } catch (RuntimeException e) {
            System.out.println("caught from C#: " + e.getMessage());
        }
    }
}

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bundled example: a small word-frequency and inventory program. */
public class Demo {
    record Item(String name, int quantity, double price) {
        double total() {
            return quantity * price;
        }
    }

    enum Kind { TOOL, PART, SUPPLY }

    static final class OutOfStock extends Exception {
        OutOfStock(String what) {
            super("out of stock: " + what);
        }
    }

    static Item take(Map<String, Item> stock, String name, int n) throws OutOfStock {
        Item it = stock.get(name);
        if (it == null || it.quantity() < n) {
            throw new OutOfStock(name);
        }
        Item left = new Item(name, it.quantity() - n, it.price());
        stock.put(name, left);
        return left;
    }

    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog the fox";
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : text.split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("word counts: " + counts);

        Map<String, Item> stock = new HashMap<>();
        List<Item> items = new ArrayList<>(List.of(
                new Item("bolt", 120, 0.05), new Item("gear", 12, 3.75), new Item("nut", 300, 0.02)));
        for (Item it : items) {
            stock.put(it.name(), it);
        }
        items.sort(Comparator.comparingDouble(Item::total).reversed());
        for (Item it : items) {
            System.out.printf("%-5s x %3d @ %5.2f = %6.2f%n", it.name(), it.quantity(), it.price(), it.total());
        }
        try {
            System.out.println("after taking 10 gears: " + take(stock, "gear", 10));
            take(stock, "gear", 10);
        } catch (OutOfStock e) {
            System.out.println("caught: " + e.getMessage());
        }
        for (Kind k : Kind.values()) {
            String label = switch (k) {
                case TOOL -> "tools";
                case PART -> "parts";
                case SUPPLY -> "supplies";
            };
            System.out.println(k.ordinal() + " " + k + " -> " + label);
        }
        long sum = 0;
        for (int i = 1; i <= 1_000_000; i++) {
            sum += i % 7 == 0 ? i : 0;
        }
        System.out.println("sum of multiples of 7 up to a million: " + sum);
    }
}

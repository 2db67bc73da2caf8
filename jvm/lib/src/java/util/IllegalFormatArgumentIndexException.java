package java.util;

class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) {
        illegalIndex = index;
    }

    int getIndex() {
        return illegalIndex;
    }

    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Illegal format argument index = " + illegalIndex;
        }
        return "Illegal format argument index = " + (illegalIndex == Integer.MAX_VALUE ? "" : "")
                + illegalIndex;
    }
}

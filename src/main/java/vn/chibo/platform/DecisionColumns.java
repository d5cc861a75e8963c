package vn.chibo.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A decision as the modules' tables store it, in three columns {@code <prefix>_number}, {@code <prefix>_symbol} and
 * {@code <prefix>_date}: read and written the same way everywhere.
 */
public final class DecisionColumns {

    private DecisionColumns() {}

    /** The decision stored in the row's columns {@code <prefix>_number}, {@code _symbol} and {@code _date}. */
    public static DecisionReference read(ResultSet rs, String prefix) throws SQLException {
        return new DecisionReference(
                rs.getString(prefix + "_number"),
                rs.getString(prefix + "_symbol"),
                rs.getObject(prefix + "_date", LocalDate.class));
    }

    /**
     * The parameters {@code :n}, {@code :s} and {@code :d} that write a decision's number, symbol and date; blanks are
     * stored as null, and so is all of a missing decision.
     */
    public static Map<String, Object> parameters(DecisionReference decision) {
        DecisionReference d = decision == null ? new DecisionReference(null, null, null) : decision;
        Map<String, Object> params = new HashMap<>();
        params.put("n", InputText.blankToNull(d.number()));
        params.put("s", InputText.blankToNull(d.symbol()));
        params.put("d", d.date());
        return params;
    }
}

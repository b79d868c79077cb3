package kz.gov.rehab.compensation.bank;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The bank directory kept as data (table {@code bank}): which bank a 3-digit IBAN bank code names. */
@ApplicationScoped
public class BankDirectory {

    private final AgroalDataSource dataSource;

    public BankDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Bank> byCode(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT code, bic, name FROM bank WHERE code = ? AND active")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Bank(row.getString(1), row.getString(2), row.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the bank directory", e);
        }
    }
}

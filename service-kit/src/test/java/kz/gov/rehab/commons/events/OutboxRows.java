package kz.gov.rehab.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the outbox table as the tests need it. */
@ApplicationScoped
public class OutboxRows {

    public record Row(UUID id, String applicationNumber, String type, String source, String topic, String requestId,
            String data, boolean published, int attempts) {
    }

    private final DataSource dataSource;

    OutboxRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Row> of(UUID applicationId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT id, application_number, type, source, topic, request_id, data::text, published_at IS NOT NULL, attempts
                  FROM outbox_event WHERE application_id = ? ORDER BY seq""")) {
            ps.setObject(1, applicationId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getInt(9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most failed publish attempts of any pending row (0 when the relay has not failed). */
    public int maxPendingAttempts() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(attempts), 0) FROM outbox_event WHERE published_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kz.gov.rehab.compensation.decision.amount;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.gov.rehab.compensation.homeschooling.RateTerritory;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * Reads the dated amount data (MRP per year, rates per programme and category) from the database
 * and hands it to {@link CompensationAmountRule}. Read on every decision: an operator who adds next
 * year's MRP row changes the result without a restart.
 */
@ApplicationScoped
public class AmountRuleData {

    private final AgroalDataSource dataSource;

    public AmountRuleData(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public AmountOutcome amountFor(PayoutProgramme programme, String category, int months, LocalDate filedOn) {
        return currentRule().amountFor(programme, category, months, filedOn);
    }

    public CompensationAmountRule currentRule() {
        List<MonthlyCalculationIndex> indices = new ArrayList<>();
        List<CompensationRate> rates = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT effective_from, effective_to, amount_kzt FROM monthly_calculation_index WHERE confirmed_at IS NOT NULL")) {
                while (rows.next()) {
                    indices.add(new MonthlyCalculationIndex(rows.getObject(1, LocalDate.class), rows.getObject(2, LocalDate.class),
                            rows.getBigDecimal(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT programme, category, effective_from, mrp_per_month, cap_mrp FROM compensation_rate WHERE confirmed_at IS NOT NULL")) {
                while (rows.next()) {
                    rates.add(new CompensationRate(PayoutProgramme.valueOf(rows.getString(1)), rows.getString(2),
                            rows.getObject(3, LocalDate.class), rows.getBigDecimal(4), (BigDecimal) rows.getObject(5)));
                }
            }
            // home schooling: each territory's rate from its maslikhat's decision (RateTerritory)
            try (ResultSet rows = statement.executeQuery(
                    "SELECT territory_kato, effective_from, mrp_per_month FROM home_schooling_rate WHERE confirmed_at IS NOT NULL")) {
                while (rows.next()) {
                    rates.add(new CompensationRate(PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT, RateTerritory.category(rows.getString(1)),
                            rows.getObject(2, LocalDate.class), rows.getBigDecimal(3), null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the compensation amount data", e);
        }
        return new CompensationAmountRule(indices, rates);
    }
}

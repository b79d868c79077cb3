package kz.gov.rehab.compensation.payout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The paying organisation as it appears as debtor in credit-transfer files sent to the bank. */
@ConfigMapping(prefix = "compensation.payer")
public interface PayerConfig {

    @WithDefault("Committee of Labour and Social Protection of the Ministry of Labour and Social Protection of the Population of the RK")
    String name();

    /** The payer's account (budget account at the Treasury). */
    @WithDefault("KZ57070KZT1000000001")
    String iban();

    @WithDefault("KKMFKZ2A")
    String bic();
}

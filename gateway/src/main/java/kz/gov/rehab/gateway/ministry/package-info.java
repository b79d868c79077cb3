/**
 * The Ministry's reception of administrative-data reports, simulated by the gateway (docs/law.md §3):
 * the Labour Resources Development Centre submits its quarterly report electronically (R1), and the
 * Ministry accepts it only after verifying its electronic digital signature (R2): the CMS signature
 * over the exact bytes, the signer's certificate chain against the configured trust anchors, and the
 * certificate's validity at receipt. Refused submissions leave nothing behind.
 */
package kz.gov.rehab.gateway.ministry;

package kz.gov.rehab.compensation.payout;

import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A payout batch as an ISO 20022 customer credit transfer initiation ({@code pain.001.001.09}),
 * the file a bank takes to execute the payments. Written with the JDK's StAX writer: no JAXB
 * binding of the pain.001 schema is among the libraries this build resolves, and the message needs
 * only a few dozen elements. One payment information block for the batch; one transaction per item,
 * identified by its end-to-end id (the id the bank's answer carries back).
 */
@ApplicationScoped
public class Pain001Export {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final PayerConfig payer;

    private final ServiceClock clock;

    public Pain001Export(PayerConfig payer, ServiceClock clock) {
        this.clock = clock;
        this.payer = payer;
    }

    /** The file of an approved batch (its approval time is the file's creation time); the items in their stable order. */
    public String export(PayoutBatch batch, List<PayoutItem> items) {
        if (batch.approvedAt == null) {
            throw new IllegalStateException("batch " + batch.number + " is not approved: it has no pain.001 file yet");
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");

            BigDecimal total = items.stream().map(item -> item.amountKzt).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", batch.number);
            // From the batch as approved, never from the clock at download: every download gives the same bytes.
            OffsetDateTime approved = batch.approvedAt.atZone(clock.zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
            text(xml, "CreDtTm", approved.toString());
            text(xml, "NbOfTxs", String.valueOf(items.size()));
            text(xml, "CtrlSum", total.toPlainString());
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", payer.name());
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", batch.number);
            text(xml, "PmtMtd", "TRF");
            text(xml, "NbOfTxs", String.valueOf(items.size()));
            text(xml, "CtrlSum", total.toPlainString());
            xml.writeStartElement("ReqdExctnDt");
            text(xml, "Dt", approved.toLocalDate().toString());
            xml.writeEndElement();
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", payer.name());
            xml.writeEndElement();
            account(xml, "DbtrAcct", payer.iban());
            agent(xml, "DbtrAgt", payer.bic());
            for (PayoutItem item : items) {
                xml.writeStartElement("CdtTrfTxInf");
                xml.writeStartElement("PmtId");
                text(xml, "EndToEndId", item.endToEndId);
                xml.writeEndElement();
                xml.writeStartElement("Amt");
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "KZT");
                xml.writeCharacters(item.amountKzt.setScale(2).toPlainString());
                xml.writeEndElement();
                xml.writeEndElement();
                agent(xml, "CdtrAgt", item.bankBic);
                xml.writeStartElement("Cdtr");
                text(xml, "Nm", item.creditorName);
                xml.writeStartElement("Id");
                xml.writeStartElement("PrvtId");
                xml.writeStartElement("Othr");
                text(xml, "Id", item.iin.value());
                xml.writeStartElement("SchmeNm");
                text(xml, "Prtry", "IIN");
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
                account(xml, "CdtrAcct", item.iban);
                xml.writeStartElement("RmtInf");
                text(xml, "Ustrd", "One-time compensation to a victim of mass political repressions, " + item.endToEndId);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the pain.001 file of batch " + batch.number, e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void agent(XMLStreamWriter xml, String element, String bic) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        text(xml, "BICFI", bic);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

package kz.gov.rehab.commons.lawdata;

import java.util.List;

/** A part of a service that depends on data the law announces year by year, and says what a year lacks. */
public interface LawDataSource {

    List<LawDataGap> gapsFor(int year);
}

package org.bianmin.standards.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C-NAME: the form a centre's name takes, 任务4 二 "名称统一为：'泸定县XX乡镇便民服务中心'" — the county, a
 * township ending in 乡 or 镇, and 便民服务中心 (a merged township's station may read 便民服务站, 任务2).
 * It says which of the three pieces a name lacks and writes the name as it should read.
 */
final class CentreNameForm {
    private static final String CENTRE = "便民服务中心";
    private static final String STATION = "便民服务站";
    /** A township's name: up to twelve characters up to the first 乡 or 镇, then the rest of the name. */
    private static final Pattern TOWNSHIP = Pattern.compile("^(\\S{1,12}?[乡镇])(.*)$");
    /** Another county or city before the township, e.g. 康定市 in 康定市姑咱镇. */
    private static final Pattern OTHER_COUNTY = Pattern.compile("^\\S{2,4}?[县市](\\S+[乡镇])$");

    private final String county;
    private final boolean station;
    private final String township;

    /**
     * @param county   the configured county, e.g. 泸定县
     * @param station  whether the site is a station, which may read 便民服务站
     * @param township the description's township, or null when it gives none
     */
    CentreNameForm(String county, boolean station, String township) {
        this.county = county;
        this.station = station;
        this.township = township == null || township.isBlank() ? null : township.strip();
    }

    /** What {@code name} lacks (the county, the township, the suffix), empty when it has the form. */
    List<String> lacking(String name) {
        Parts parts = parts(name);
        List<String> lacking = new ArrayList<>();
        if (!parts.county()) {
            lacking.add("the county " + county);
        }
        if (parts.township() == null || township != null && !township.equals(parts.township())) {
            lacking.add("the township " + (township == null ? "XX乡/镇" : township));
        }
        if (!parts.rest().equals(CENTRE) && !(station && parts.rest().equals(STATION))) {
            lacking.add("the suffix " + suffix());
        }
        return lacking;
    }

    /** {@code name} as it should read, e.g. 泸定县兴隆镇便民服务中心. */
    String expected(String name) {
        Parts parts = parts(name);
        String town = township != null ? township : parts.township() != null ? parts.township() : "XX乡/镇";
        String rest = station && parts.rest().equals(STATION) ? STATION : CENTRE;
        return county + town + rest;
    }

    /** The general form, e.g. 泸定县XX乡/镇便民服务中心. */
    String pattern() {
        return county + "XX乡/镇" + (station ? CENTRE + "/" + STATION : CENTRE);
    }

    private String suffix() {
        return station ? CENTRE + " or " + STATION : CENTRE;
    }

    private Parts parts(String name) {
        String text = name.replaceAll("\\s+", "");
        boolean hasCounty = text.startsWith(county);
        String rest = hasCounty ? text.substring(county.length()) : text;
        Matcher town = TOWNSHIP.matcher(rest);
        if (!town.matches()) {
            return new Parts(hasCounty, null, rest);
        }
        Matcher other = OTHER_COUNTY.matcher(town.group(1));
        return new Parts(hasCounty, other.matches() ? other.group(1) : town.group(1), town.group(2));
    }

    private record Parts(boolean county, String township, String rest) {
    }
}

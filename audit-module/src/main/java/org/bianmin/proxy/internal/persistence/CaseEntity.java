package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.catalogue.Deadline;
import org.bianmin.core.DivisionCode;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.SpecialNeed;
import org.bianmin.proxy.SpecialService;
import org.bianmin.proxy.internal.crypto.PersonalDataVault;

/**
 * A case row (代办件). Personal data lives only as ciphertext, search index and masked form, under
 * the personal-data key whose id is stored beside them (re-encrypted by {@code proxy:rekey}); the
 * columns the reports filter on (township, answered, days as epoch days) are kept beside the state.
 */
@Entity
@Table(name = "proxy_case")
public class CaseEntity {
    @Id
    private String caseId;
    private String pointId;
    private String townshipCode;
    private String countyCode;
    private String agentId;
    private String applicantName;
    private byte[] idCipher;
    private String idIndex;
    private String idMasked;
    private byte[] phoneCipher;
    private String phoneIndex;
    private String phoneMasked;
    private String personalKeyId;
    private String itemCode;
    private String itemName;
    private String handlingPlace;
    private int promisedDays;
    private String channel;
    private String needs;
    private String services;
    private int specialNeeds;
    private int specialServed;
    private String caseState;
    private Instant receivedAt;
    private int receivedDay;
    private Integer deadlineDay;
    private int deadlineProvisional;
    private Integer deadlineFromDay;
    private Integer resultDay;
    private int answered;
    private Instant answeredAt;
    private String answerMethod;
    private String missingMaterials;
    private int visits;
    private Integer rating;
    private String ratingComment;
    private Instant ratedAt;
    private Instant recordedAt;
    private int recordedLate;
    private String lateReason;
    @Version
    private int rowVersion;

    protected CaseEntity() {
    }

    /** A new case in state RECEIVED. */
    public CaseEntity(String caseId, PointEntity point, String agentId, String applicantName,
            PersonalDataVault.Sealed idNumber, PersonalDataVault.Sealed phone, String itemCode, String itemName,
            String handlingPlace, int promisedDays, Channel channel, Set<SpecialNeed> needs,
            Set<SpecialService> services, Instant receivedAt, LocalDate receivedOn) {
        this.caseId = caseId;
        this.pointId = point.toPoint().id();
        this.townshipCode = point.townshipCode();
        this.countyCode = point.countyCode();
        this.agentId = agentId;
        this.applicantName = applicantName;
        this.personalKeyId = idNumber.keyId();
        this.idCipher = idNumber.cipher();
        this.idIndex = idNumber.index();
        this.idMasked = idNumber.masked();
        if (phone != null) {
            this.phoneCipher = phone.cipher();
            this.phoneIndex = phone.index();
            this.phoneMasked = phone.masked();
        }
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.handlingPlace = handlingPlace;
        this.promisedDays = promisedDays;
        this.channel = channel.name();
        this.needs = join(needs);
        this.services = join(services);
        this.specialNeeds = needs.isEmpty() ? 0 : 1;
        this.specialServed = !needs.isEmpty() && !services.isEmpty() ? 1 : 0;
        this.caseState = CaseState.RECEIVED.name();
        this.receivedAt = receivedAt;
        this.receivedDay = (int) receivedOn.toEpochDay();
        this.visits = channel.applicantCame() ? 1 : 0;
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (!joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }

    public String caseId() {
        return caseId;
    }

    public String pointId() {
        return pointId;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public CaseState state() {
        return CaseState.valueOf(caseState);
    }

    public String itemCode() {
        return itemCode;
    }

    public String handlingPlace() {
        return handlingPlace;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public byte[] idCipher() {
        return idCipher;
    }

    public byte[] phoneCipher() {
        return phoneCipher;
    }

    /** The id of the key the personal data is under; null for a row stored before keys had ids. */
    public String personalKeyId() {
        return personalKeyId;
    }

    public String applicantName() {
        return applicantName;
    }

    public Integer rating() {
        return rating;
    }

    public LocalDate deadline() {
        return deadlineDay == null ? null : LocalDate.ofEpochDay(deadlineDay);
    }

    public void moveTo(CaseState state) {
        this.caseState = state.name();
    }

    /** Materials complete: the promised limit starts (受理) on {@code from}. */
    public void checked(LocalDate from, Deadline deadline) {
        this.deadlineFromDay = (int) from.toEpochDay();
        deadline(deadline);
        this.missingMaterials = null;
    }

    /** Sets the deadline (again, when a provisional one is recomputed). */
    public void deadline(Deadline deadline) {
        this.deadlineDay = (int) deadline.date().toEpochDay();
        this.deadlineProvisional = deadline.provisional() ? 1 : 0;
    }

    /** The deadline with its provisional flag, null before the check. */
    public Deadline dueDate() {
        return deadlineDay == null ? null : new Deadline(deadline(), deadlineProvisional == 1);
    }

    /** The day the promised limit started counting, null before the check (or for cases checked before it was kept). */
    public LocalDate deadlineFrom() {
        return deadlineFromDay == null ? null : LocalDate.ofEpochDay(deadlineFromDay);
    }

    public int promisedDays() {
        return promisedDays;
    }

    /** Materials incomplete: the one-time notice's list. */
    public void returned(List<String> missing) {
        String joined = String.join("\n", missing);
        this.missingMaterials = joined.length() <= 2000 ? joined : joined.substring(0, 1997) + "...";
    }

    public void result(LocalDate day) {
        this.resultDay = (int) day.toEpochDay();
    }

    public void answered(AnswerMethod method, Instant at) {
        this.answered = 1;
        this.answerMethod = method.name();
        this.answeredAt = at;
    }

    /** The server's time of recording, and for a paper case entered late, why. */
    public void recorded(Instant at, String reason) {
        this.recordedAt = at;
        this.recordedLate = reason == null ? 0 : 1;
        this.lateReason = reason;
    }

    public void visited() {
        this.visits++;
    }

    public void rate(int stars, String comment, Instant at) {
        this.rating = stars;
        this.ratingComment = comment;
        this.ratedAt = at;
    }

    /** The case as listings show it: personal data masked. */
    public ProxyCase toCase() {
        return new ProxyCase(caseId, pointId, DivisionCode.of(townshipCode), agentId, applicantName, idMasked,
                phoneMasked, itemCode, itemName, handlingPlace, Channel.valueOf(channel),
                split(needs, SpecialNeed.class), split(services, SpecialService.class), state(), receivedAt,
                deadline(), deadlineProvisional == 1, missingMaterials == null ? List.of() : List.of(missingMaterials.split("\n")), visits,
                rating, recordedLate == 1, lateReason);
    }
}

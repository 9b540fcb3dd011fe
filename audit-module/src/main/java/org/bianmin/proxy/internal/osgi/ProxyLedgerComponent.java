package org.bianmin.proxy.internal.osgi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.spi.CalendarListener;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.Appeal;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.CareEntry;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.DutyShift;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.Inspection;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.PointActivity;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyLedger;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.ServiceIndicators;
import org.bianmin.proxy.UnansweredCase;
import org.bianmin.proxy.UnansweredReport;
import org.bianmin.proxy.Visit;
import org.bianmin.proxy.internal.JpaProxyLedger;
import org.bianmin.proxy.internal.catalogue.CatalogueTerms;
import org.bianmin.proxy.internal.catalogue.ItemTerms;
import org.bianmin.proxy.internal.catalogue.ServiceCatalogueTerms;
import org.bianmin.proxy.internal.crypto.KeyFile;
import org.bianmin.proxy.internal.crypto.PersonalDataVault;
import org.bianmin.proxy.spi.PersonalDataKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link ProxyLedger} service. The catalogue, the working-day calendar and the audit trail are
 * optional and dynamic (field references read at each call), so the ledger keeps running while
 * they come and go: without a catalogue it refuses to receive or check cases
 * ({@code CATALOGUE_UNAVAILABLE}); without an audit trail it refuses reads of personal data in
 * clear. The personal-data keys come from a registered {@link PersonalDataKeys} or a configured
 * key file ({@link KeyFile}). Configuration PID {@code org.bianmin.proxy.ledger}.
 */
@Component(service = {ProxyLedger.class, CalendarListener.class}, immediate = true,
        configurationPid = ProxyLedgerComponent.PID)
@Designate(ocd = ProxyLedgerComponent.Config.class)
public class ProxyLedgerComponent implements ProxyLedger, CalendarListener {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.proxy.ledger";

    /** The ledger's settings. */
    @ObjectClassDefinition(name = "Bianmin proxy ledger",
            description = "The village proxy ledger (代办台账): personal-data keys and indicator settings.")
    public @interface Config {
        @AttributeDefinition(name = "Personal-data key file", required = false, description = "48-byte file with"
                + " the SM4 key and the search-index key, created on first start (e.g. ./bianmin-data/proxy-personal-data.key);"
                + " ignored when a PersonalDataKeys service is registered. Without it the keys are held in memory only,"
                + " which is allowed with an in-memory database only.")
        String personal_data_key_file() default "";

        @AttributeDefinition(name = "Good rating", description = "The lowest rating (1–5) that counts as good for"
                + " K-RATING.", min = "1", max = "5")
        int good_rating() default 4;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceCatalogue catalogue;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkingDays workingDays;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final JpaProxyLedger ledger;

    @Activate
    public ProxyLedgerComponent(@Reference ProxyStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PersonalDataKeys registeredKeys,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        PersonalDataKeys keys = registeredKeys != null ? registeredKeys
                : KeyFile.configuredOrMemoryOnly(config.personal_data_key_file(), PID, storage.unit().databaseUrl());
        this.ledger = new JpaProxyLedger(storage.unit(), new LiveCatalogue(), new PersonalDataVault(keys),
                () -> auditTrail, clock != null ? clock : TimeSource.system(), config.good_rating());
    }

    /** The catalogue services as registered at the moment of each call. */
    private final class LiveCatalogue implements CatalogueTerms {
        private ServiceCatalogueTerms current() {
            return new ServiceCatalogueTerms(catalogue, workingDays);
        }

        @Override
        public ItemTerms item(String itemCode, DivisionCode village, LocalDate date) {
            return current().item(itemCode, village, date);
        }

        @Override
        public Deadline deadline(LocalDate start, int days) {
            return current().deadline(start, days);
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return current().isWorkingDay(date);
        }
    }

    /** A year became official: the provisional deadlines of open cases are recomputed. */
    @Override
    public void officialYearLoaded(int year, Actor actor) {
        ledger.recomputeProvisionalDeadlines(year, actor);
    }

    @Override
    public ProxyPoint registerPoint(ProxyPoint point, Actor actor) {
        return ledger.registerPoint(point, actor);
    }

    @Override
    public ProxyPoint point(String pointId) {
        return ledger.point(pointId);
    }

    @Override
    public List<ProxyPoint> points(LedgerScope scope) {
        return ledger.points(scope);
    }

    @Override
    public Agent registerAgent(Agent agent, Actor actor) {
        return ledger.registerAgent(agent, actor);
    }

    @Override
    public List<Agent> agents(String pointId) {
        return ledger.agents(pointId);
    }

    @Override
    public DutyShift scheduleDuty(DutyShift shift, Actor actor) {
        return ledger.scheduleDuty(shift, actor);
    }

    @Override
    public List<DutyShift> roster(String pointId, ReportingPeriod period) {
        return ledger.roster(pointId, period);
    }

    @Override
    public ProxyCase receive(NewCase newCase, Actor actor) {
        return ledger.receive(newCase, actor);
    }

    @Override
    public ProxyCase check(String caseId, Set<String> presentedMaterials, Actor actor) {
        return ledger.check(caseId, presentedMaterials, actor);
    }

    @Override
    public ProxyCase resubmit(String caseId, Actor actor) {
        return ledger.resubmit(caseId, actor);
    }

    @Override
    public ProxyCase forward(String caseId, Actor actor) {
        return ledger.forward(caseId, actor);
    }

    @Override
    public ProxyCase startHandling(String caseId, Actor actor) {
        return ledger.startHandling(caseId, actor);
    }

    @Override
    public ProxyCase complete(String caseId, String result, Actor actor) {
        return ledger.complete(caseId, result, actor);
    }

    @Override
    public ProxyCase reject(String caseId, String reason, Actor actor) {
        return ledger.reject(caseId, reason, actor);
    }

    @Override
    public ProxyCase answer(String caseId, AnswerMethod method, Instant toldAt, Actor actor) {
        return ledger.answer(caseId, method, toldAt, actor);
    }

    @Override
    public Visit recordVisit(Visit visit, Actor actor) {
        return ledger.recordVisit(visit, actor);
    }

    @Override
    public ProxyCase rate(String caseId, int stars, String comment, Actor actor) {
        return ledger.rate(caseId, stars, comment, actor);
    }

    @Override
    public ProxyCase findCase(String caseId) {
        return ledger.findCase(caseId);
    }

    @Override
    public List<CaseTransition> history(String caseId) {
        return ledger.history(caseId);
    }

    @Override
    public List<ProxyCase> cases(LedgerScope scope, ReportingPeriod period) {
        return ledger.cases(scope, period);
    }

    @Override
    public String exportCsv(LedgerScope scope, ReportingPeriod period) {
        return ledger.exportCsv(scope, period);
    }

    @Override
    public List<ProxyCase> casesByIdNumber(IdCardNumber idNumber, Actor actor) {
        return ledger.casesByIdNumber(idNumber, actor);
    }

    @Override
    public List<ProxyCase> casesByPhone(PhoneNumber phone, Actor actor) {
        return ledger.casesByPhone(phone, actor);
    }

    @Override
    public Applicant applicant(String caseId, Actor actor, String purpose) {
        return ledger.applicant(caseId, actor, purpose);
    }

    @Override
    public UnansweredReport unanswered(LedgerScope scope, LocalDate asOf) {
        return ledger.unanswered(scope, asOf);
    }

    @Override
    public List<UnansweredCase> overdue(LedgerScope scope, LocalDate asOf) {
        return ledger.overdue(scope, asOf);
    }

    @Override
    public ServiceIndicators indicators(LedgerScope scope, ReportingPeriod period) {
        return ledger.indicators(scope, period);
    }

    @Override
    public PointActivity activity(String pointId, ReportingPeriod period) {
        return ledger.activity(pointId, period);
    }

    @Override
    public Appeal recordAppeal(Appeal appeal, Actor actor) {
        return ledger.recordAppeal(appeal, actor);
    }

    @Override
    public Appeal respondToAppeal(String appealId, String response, LocalDate respondedOn, Actor actor) {
        return ledger.respondToAppeal(appealId, response, respondedOn, actor);
    }

    @Override
    public List<Appeal> appeals(String pointId, ReportingPeriod period) {
        return ledger.appeals(pointId, period);
    }

    @Override
    public CareEntry recordCare(CareEntry entry, Actor actor) {
        return ledger.recordCare(entry, actor);
    }

    @Override
    public List<CareEntry> careEntries(String pointId, ReportingPeriod period) {
        return ledger.careEntries(pointId, period);
    }

    @Override
    public Inspection recordInspection(Inspection inspection, Actor actor) {
        return ledger.recordInspection(inspection, actor);
    }

    @Override
    public long caseCount() {
        return ledger.caseCount();
    }
}

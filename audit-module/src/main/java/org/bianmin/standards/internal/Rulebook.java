package org.bianmin.standards.internal;

import java.util.List;
import org.bianmin.standards.internal.rules.Agents;
import org.bianmin.standards.internal.rules.CantDoWindow;
import org.bianmin.standards.internal.rules.CentreAbPosts;
import org.bianmin.standards.internal.rules.CentreArea;
import org.bianmin.standards.internal.rules.CentreAssessment;
import org.bianmin.standards.internal.rules.CentreBadge;
import org.bianmin.standards.internal.rules.CentreCctv;
import org.bianmin.standards.internal.rules.CentreCounter;
import org.bianmin.standards.internal.rules.CentreDisclosure;
import org.bianmin.standards.internal.rules.CentreEmergency;
import org.bianmin.standards.internal.rules.CentreEquipment;
import org.bianmin.standards.internal.rules.CentreFire;
import org.bianmin.standards.internal.rules.CentreGovInfo;
import org.bianmin.standards.internal.rules.CentreGuide;
import org.bianmin.standards.internal.rules.CentreName;
import org.bianmin.standards.internal.rules.CentreNetwork;
import org.bianmin.standards.internal.rules.CentrePatrol;
import org.bianmin.standards.internal.rules.CentreRules;
import org.bianmin.standards.internal.rules.CentreSeal;
import org.bianmin.standards.internal.rules.CentreStaff;
import org.bianmin.standards.internal.rules.CentreSupplies;
import org.bianmin.standards.internal.rules.CentreTraining;
import org.bianmin.standards.internal.rules.CentreWindows;
import org.bianmin.standards.internal.rules.CentreZones;
import org.bianmin.standards.internal.rules.ComplaintChannel;
import org.bianmin.standards.internal.rules.Evaluation;
import org.bianmin.standards.internal.rules.Feedback;
import org.bianmin.standards.internal.rules.OnDuty;
import org.bianmin.standards.internal.rules.SixOnes;
import org.bianmin.standards.internal.rules.SpecialWindows;
import org.bianmin.standards.internal.rules.Supervision;
import org.bianmin.standards.internal.rules.VillageArea;
import org.bianmin.standards.internal.rules.VillageBadge;
import org.bianmin.standards.internal.rules.VillageEquipment;
import org.bianmin.standards.internal.rules.VillageItems;
import org.bianmin.standards.internal.rules.VillageLedgers;
import org.bianmin.standards.internal.rules.VillageRules;

/** Every rule of docs/requirements.md, in its order: 26 for centres and stations, 11 for village rooms. */
public final class Rulebook {
    private Rulebook() {
    }

    /** The rules, in docs/requirements.md order. */
    public static List<SiteRule> all() {
        return List.of(new CentreArea(), new CentreName(), new CentreZones(), new CentreEquipment(),
                new CentreNetwork(), new CentreFire(), new CentreSeal(), new CentreWindows(), new CentreCounter(),
                new SpecialWindows(), new CentreSupplies(), new CentreCctv(), new CentreEmergency(),
                new CentreDisclosure(), new CentreGuide(), new CentreGovInfo(), new CentreBadge(), new CentreStaff(),
                new CentreAbPosts(), new CantDoWindow(), new CentreRules(), new ComplaintChannel(), new Evaluation(),
                new CentreAssessment(), new CentrePatrol(), new CentreTraining(),
                new VillageArea(), new SixOnes(), new VillageBadge(), new VillageEquipment(), new VillageLedgers(),
                new OnDuty(), new Agents(), new VillageItems(), new Feedback(), new Supervision(), new VillageRules());
    }
}

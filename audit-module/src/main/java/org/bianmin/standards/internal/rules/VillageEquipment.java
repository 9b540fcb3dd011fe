package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Equipment;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** V-EQUIP: 任务11 三 "配备电脑、打印机、电话、传真机、文件柜、办公桌椅、饮水机等必要设备". */
public final class VillageEquipment extends RequiredCodesRule<Equipment> {
    public VillageEquipment() {
        super("V-EQUIP", ROOMS, "equipment", SiteDescription::equipment,
                EnumSet.of(Equipment.COMPUTER, Equipment.PRINTER, Equipment.OFFICE_PHONE, Equipment.FAX, Equipment.FILE_CABINET, Equipment.DESK_AND_CHAIRS, Equipment.WATER_DISPENSER));
    }
}

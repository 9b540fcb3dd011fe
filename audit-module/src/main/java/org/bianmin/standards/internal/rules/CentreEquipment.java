package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Equipment;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** C-EQUIP: 任务4 三 "配备办公电话、电脑、高拍仪、打印机、自主服务终端以及饮水机、急救箱、手机充电器等". */
public final class CentreEquipment extends RequiredCodesRule<Equipment> {
    public CentreEquipment() {
        super("C-EQUIP", CENTRES, "equipment", SiteDescription::equipment,
                EnumSet.of(Equipment.OFFICE_PHONE, Equipment.COMPUTER, Equipment.DOCUMENT_CAMERA, Equipment.PRINTER, Equipment.SELF_SERVICE_TERMINAL, Equipment.WATER_DISPENSER, Equipment.FIRST_AID_KIT, Equipment.PHONE_CHARGER));
    }
}

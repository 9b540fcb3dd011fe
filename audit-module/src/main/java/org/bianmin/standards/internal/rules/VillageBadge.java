package org.bianmin.standards.internal.rules;

/** V-BADGE: 任务11 二 "服务窗口设置岗位牌，公开展示窗口人员姓名、职务、电话和照片等信息…是党员的应注明身份". */
public final class VillageBadge extends BadgeRule {
    public VillageBadge() {
        super("V-BADGE", ROOMS, false);
    }
}

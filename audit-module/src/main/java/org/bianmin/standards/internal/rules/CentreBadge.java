package org.bianmin.standards.internal.rules;

/** C-BADGE: 任务9 四 "对外服务窗口设置岗位牌，公开展示窗口人员单位、姓名、职务、电话和照片等信息…是党员的应注明身份". */
public final class CentreBadge extends BadgeRule {
    public CentreBadge() {
        super("C-BADGE", CENTRES, true);
    }
}

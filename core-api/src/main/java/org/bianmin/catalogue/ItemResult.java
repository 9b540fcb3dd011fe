package org.bianmin.catalogue;

import org.bianmin.core.Checks;

/**
 * A result of an item (办理结果, GB/T 39554.2 elements 结果名称, 结果类型, 结果样本, 送达方式).
 *
 * @param name     the result's name, e.g. {@code 居民身份证}
 * @param type     证照, 批文 or 其他
 * @param sample   the name or reference of a sample of the result (结果样本), or null
 * @param delivery how it reaches the applicant (送达方式, e.g. 窗口领取、邮政寄递), or null
 */
public record ItemResult(String name, ResultType type, String sample, String delivery) {
    public ItemResult {
        name = Checks.text(name, "result name (结果名称)", 200);
        Checks.required(type, "type of result '" + name + "' (证照, 批文 or 其他)");
        sample = Checks.optionalText(sample);
        delivery = Checks.optionalText(delivery);
    }
}

package org.bianmin.proxy;

/** How the applicant was told the result (反馈方式, plan task 12: 及时向群众反馈). */
public enum AnswerMethod {
    IN_PERSON,
    PHONE,
    TEXT_MESSAGE,
    HOME_VISIT,
    PLATFORM
}

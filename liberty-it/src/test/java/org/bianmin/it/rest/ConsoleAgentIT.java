package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The village agent's page on a phone-sized window: agent.yang of 和平村 receives a case (the ID number
 * and phone shown masked in the page as soon as they are entered, the item one of the village's proxy
 * items, the materials ticked on the catalogue's checklist) and takes it in one tap per step from
 * receipt to ANSWERED; the ledger (REST) holds the case answered, with the clear numbers sent and
 * masked, and every move recorded.
 */
class ConsoleAgentIT {
    private static final String ID_NUMBER = "513322196805120013";
    private static final String PHONE = "13912345678";

    @RegisterExtension
    static final Browser BROWSER = Browser.phone();

    @Test
    void anAgentTakesACaseFromIntakeToAnswerOnAPhone() {
        Api agent = Api.as("agent.yang");
        JsonNode items = agent.get("/api/catalogue/places/513322102201/proxy-items").json();
        assertTrue(items.size() > 0, "the demo village has proxy items: " + items);
        String itemCode = items.path(0).path("code").asText();
        JsonNode materials = agent.get("/api/catalogue/who-handles?item=" + itemCode + "&place=513322102201")
                .json().path("materials");

        BROWSER.signIn("agent.yang", "zh");
        BROWSER.open("/console/#/agent");
        BROWSER.waitUntilText("#agent-point", "和平村");
        BROWSER.type("#agent-name", "王秀兰");
        BROWSER.type("#agent-id-number", ID_NUMBER);
        BROWSER.type("#agent-phone", PHONE);
        BROWSER.click("#agent-name");
        assertEquals("5133**********0013", BROWSER.value("#agent-id-number"), "masked once it leaves focus");
        assertEquals("139****5678", BROWSER.value("#agent-phone"));
        assertFalse(pageHolds(ID_NUMBER) || pageHolds(PHONE), "no clear number anywhere in the page");

        BROWSER.choose("#agent-item", itemCode);
        for (JsonNode material : materials) {
            BROWSER.waitUntilText("#agent-materials", material.path("name").asText());
        }
        BROWSER.evaluate("document.querySelectorAll('#agent-materials input[type=checkbox]')"
                + ".forEach((box) => { if (!box.checked) box.click(); })");
        BROWSER.screenshot("agent-intake");
        BROWSER.click("#agent-submit");

        String received = BROWSER.waitUntilText("#agent-received", "已登记代办件");
        assertTrue(received.contains("5133**********0013"), received);
        assertTrue(BROWSER.text("#agent-rating-code").replace(" ", "").matches("[A-Z2-7]{26}"),
                "the receipt's rating code: " + BROWSER.text("#agent-rating-code"));
        String id = (String) BROWSER.evaluate("return document.querySelector('#agent-received').dataset.case");
        String card = "li[data-case='" + id + "']";
        assertEquals("5133**********0013", BROWSER.text(card + " dd.masked"));
        assertFalse(pageHolds(ID_NUMBER) || pageHolds(PHONE), "no clear number after the receipt either");

        BROWSER.click(card + " button[data-step='check']");
        BROWSER.waitFor(card + "[data-state='CHECKED']");
        BROWSER.click(card + " button[data-step='forward']");
        BROWSER.waitFor(card + "[data-state='FORWARDED']");
        BROWSER.click(card + " button[data-step='start']");
        BROWSER.waitFor(card + "[data-state='IN_PROGRESS']");
        BROWSER.scrollTo(card);
        BROWSER.screenshot("agent-cases");
        BROWSER.click(card + " button[data-step='complete']");
        BROWSER.type("#confirm-result", "准予办理");
        BROWSER.click("#confirm-ok");
        BROWSER.waitFor(card + "[data-state='DONE']");
        BROWSER.choose(card + " select", "IN_PERSON");
        BROWSER.scrollTo(card);
        BROWSER.click(card + " button[data-step='answer']");
        BROWSER.waitUntilText("#status", "已答复");
        BROWSER.waitUntilGone(card); // an answered case leaves the open cases

        JsonNode answered = Api.as("supervisor.liu").get("/api/proxy/cases/" + id).json();
        assertEquals("ANSWERED", answered.path("state").asText(), answered::toString);
        assertEquals("王秀兰", answered.path("applicantName").asText());
        assertEquals("5133**********0013", answered.path("maskedIdNumber").asText(), "the clear number reached the API");
        assertEquals("139****5678", answered.path("maskedPhone").asText());
        assertEquals(itemCode, answered.path("itemCode").asText());
        JsonNode history = Api.as("supervisor.liu").get("/api/proxy/cases/" + id + "/history").json();
        assertEquals(6, history.size(), "received and five moves: " + history);
        assertEquals("ANSWERED", history.path(5).path("to").asText(), history::toString);
        assertTrue(history.path(5).path("actor").toString().contains("agent.yang"), history::toString);
    }

    /** Whether the page's text or any of its fields holds the value. */
    private static boolean pageHolds(String value) {
        return (Boolean) BROWSER.evaluate("return document.body.innerText.includes(arguments[0])"
                + " || document.documentElement.outerHTML.includes(arguments[0])"
                + " || [...document.querySelectorAll('input')].some((i) => i.value.includes(arguments[0]))", value);
    }
}

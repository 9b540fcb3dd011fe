package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.proxy.Appeal;

/** An entry of the appeal ledger (民意民情诉求调查台账). */
@Entity
@Table(name = "proxy_appeal")
public class AppealEntity {
    @Id
    private String appealId;
    private String pointId;
    private int raisedDay;
    private String raisedBy;
    private String topic;
    private String content;
    private String response;
    private Integer respondedDay;

    protected AppealEntity() {
    }

    public AppealEntity(String id, Appeal appeal) {
        this.appealId = id;
        this.pointId = appeal.pointId();
        this.raisedDay = (int) appeal.raisedOn().toEpochDay();
        this.raisedBy = appeal.raisedBy();
        this.topic = appeal.topic();
        this.content = appeal.content();
    }

    public void respond(String text, LocalDate on) {
        this.response = text;
        this.respondedDay = (int) on.toEpochDay();
    }

    public Appeal toAppeal() {
        return new Appeal(appealId, pointId, LocalDate.ofEpochDay(raisedDay), raisedBy, topic, content, response,
                respondedDay == null ? null : LocalDate.ofEpochDay(respondedDay));
    }
}

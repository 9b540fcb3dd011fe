package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Column;
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
    @Column(name = "appeal_id", length = 36)
    private String appealId;
    @Column(name = "point_id", nullable = false, length = 64)
    private String pointId;
    @Column(name = "raised_day", nullable = false)
    private int raisedDay;
    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;
    @Column(name = "topic", nullable = false, length = 100)
    private String topic;
    @Column(name = "content", nullable = false, length = 2000)
    private String content;
    @Column(name = "response", length = 2000)
    private String response;
    @Column(name = "responded_day")
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

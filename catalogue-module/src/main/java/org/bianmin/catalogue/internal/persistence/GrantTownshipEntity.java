package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One township a grant goes to. */
@Entity
@Table(name = "cat_grant_township")
@IdClass(GrantTownshipEntity.Key.class)
public class GrantTownshipEntity {
    @Id
    private String grantId;
    @Id
    private String townshipCode;

    protected GrantTownshipEntity() {
    }

    public GrantTownshipEntity(String grantId, String townshipCode) {
        this.grantId = grantId;
        this.townshipCode = townshipCode;
    }

    public String grantId() {
        return grantId;
    }

    public String townshipCode() {
        return townshipCode;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String grantId;
        private String townshipCode;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(grantId, key.grantId)
                    && Objects.equals(townshipCode, key.townshipCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(grantId, townshipCode);
        }
    }
}

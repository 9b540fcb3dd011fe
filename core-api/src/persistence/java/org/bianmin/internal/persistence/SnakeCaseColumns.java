package org.bianmin.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The one rule for column names: a field's column is its name in snake case ({@code receivedAt} maps
 * to {@code received_at}). An entity writes {@code @Column(name = ...)} only where a column is named
 * otherwise. Types, lengths and nullability are the Flyway migrations' alone: DDL is never generated,
 * so the entities do not repeat them.
 */
public final class SnakeCaseColumns implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            List<DatabaseField> fields = new ArrayList<>(descriptor.getPrimaryKeyFields());
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                DatabaseField field = mapping.getField();
                // a column EclipseLink named after the field (it upper-cases it), not one @Column named
                if (field != null && field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                    rename(field, mapping.getAttributeName());
                    for (DatabaseField key : fields) {
                        if (key != field && key.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                            rename(key, mapping.getAttributeName());
                        }
                    }
                }
            }
        }
    }

    private static void rename(DatabaseField field, String attribute) {
        field.setName(snakeCase(attribute));
    }

    /** {@code receivedAt} → {@code received_at}. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}

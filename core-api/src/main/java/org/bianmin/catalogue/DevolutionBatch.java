package org.bianmin.catalogue;

import java.time.LocalDate;
import org.bianmin.core.Checks;

/**
 * A numbered batch of county powers granted to townships (赋予乡镇县级行政权力批次), in the plan's rhythm
 * 成熟一批、赋予一批、落地一批 (plan task 10). The first batch is the county's
 * 《泸定县首批赋予乡镇(街道)县级行政权力事项目录》 (泸府办发〔2021〕17号).
 *
 * @param number         the batch number, from 1
 * @param title          the catalogue's title
 * @param documentNumber the granting document (发文字号), e.g. {@code 泸府办发〔2021〕17号}
 * @param issued         the document's date
 */
public record DevolutionBatch(int number, String title, String documentNumber, LocalDate issued) {
    public DevolutionBatch {
        Checks.positive(number, "batch number");
        title = Checks.text(title, "title of batch " + number, 200);
        documentNumber = Checks.text(documentNumber, "document number of batch " + number, 100);
        Checks.required(issued, "issue date of batch " + number);
    }
}

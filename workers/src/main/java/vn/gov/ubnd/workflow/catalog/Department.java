package vn.gov.ubnd.workflow.catalog;

/**
 * A body that contributes report sections and carries out directives: a department (sở, ban, ngành)
 * or a commune-level People's Committee.
 *
 * @param code catalog code, the identifier processes and forms use ("STC")
 * @param name full Vietnamese name ("Sở Tài chính")
 * @param candidateGroup the Tasklist group of its staff
 * @param headTitle title of its head, who receives follow-up notices
 * @param headName name of its head
 * @param email where its notices go
 */
public record Department(
    String code,
    String name,
    String candidateGroup,
    String headTitle,
    String headName,
    String email) {}

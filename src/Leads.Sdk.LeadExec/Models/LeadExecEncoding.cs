namespace Leads.Sdk.LeadExec.Models;

/// <summary>How a request body is encoded; the doc shows each insert in all three.</summary>
public enum LeadExecEncoding
{
    /// <summary><c>application/json</c>: <c>{"source":{…},"leads":[{"properties":{…},"fields":{…}}]}</c>.</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>: <c>vid=&amp;lid=&amp;aid=&amp;password=&amp;…</c> with the fields as keys.</summary>
    Form,

    /// <summary><c>application/xml</c>: <c>&lt;Leads vid lid aid password&gt;&lt;Lead reference&gt;…&lt;/Lead&gt;&lt;/Leads&gt;</c>.</summary>
    Xml,
}

namespace Leads.Sdk.Aimbase;

/// <summary>The body format of a request; the Aimbase Lead API answers in the same format.</summary>
public enum AimbaseWireFormat
{
    /// <summary>A JSON array of leads (<c>application/json</c>).</summary>
    Json = 0,

    /// <summary>The documented <c>&lt;Leads&gt;&lt;Lead&gt;…&lt;/Lead&gt;&lt;/Leads&gt;</c> document (<c>application/xml</c>).</summary>
    Xml = 1,
}

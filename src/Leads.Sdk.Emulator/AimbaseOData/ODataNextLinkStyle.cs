namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>How the OData fake writes the link to the next page.</summary>
public enum ODataNextLinkStyle
{
    /// <summary><c>"@odata.nextLink": "http://127.0.0.1:1234/odata/V2/Leads?…&amp;$skiptoken=1000"</c>.</summary>
    Absolute,

    /// <summary><c>"@odata.nextLink": "Leads?…&amp;$skiptoken=1000"</c>, relative to the request URL.</summary>
    Relative,

    /// <summary>The OData 4.01 form <c>"@nextLink"</c>, absolute.</summary>
    NextLinkAnnotation,
}

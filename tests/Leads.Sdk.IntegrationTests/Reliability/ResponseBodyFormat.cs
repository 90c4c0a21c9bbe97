namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>What a call reads from a successful response, so the fault table can send a broken body of the right kind.</summary>
public enum ResponseBodyFormat
{
    /// <summary>The body is not read.</summary>
    None,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>XML.</summary>
    Xml,
}

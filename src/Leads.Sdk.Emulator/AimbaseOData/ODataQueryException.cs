namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>An invalid query; answered with 400 and an OData error body.</summary>
internal sealed class ODataQueryException(string message) : Exception(message);

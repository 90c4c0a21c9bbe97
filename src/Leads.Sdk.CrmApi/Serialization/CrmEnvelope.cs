using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>Every CRM.COM response: <c>{"status":{…},"data":…}</c> (CRM.COM API v2 conventions).</summary>
/// <typeparam name="T">The data type.</typeparam>
internal sealed class CrmEnvelope<T>
{
    [JsonPropertyName("status")]
    public CrmStatus? Status { get; set; }

    [JsonPropertyName("data")]
    public T? Data { get; set; }
}

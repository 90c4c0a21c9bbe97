using System.Text.Json;
using Leads.Sdk.Aimbase.OData.Serialization;
using Leads.Sdk.Http;

namespace Leads.Sdk.Aimbase.OData.Internal;

/// <summary>Finds the code and message in OData error bodies (V4 <c>error</c>, V3 <c>odata.error</c>).</summary>
internal static class ODataErrors
{
    public static ApiErrorBody Parse(string body, string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return default;
        }

        try
        {
            var error = JsonSerializer.Deserialize(body, AimbaseODataJsonContext.Default.ODataErrorResponse);
            var detail = error?.Error ?? error?.LegacyError;
            return detail is null ? default : new ApiErrorBody(detail.Code, detail.MessageText);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Leads.Sdk.CrmApi.Serialization;
using Leads.Sdk.Http;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// Reads the CRM.COM envelope. Errors can come as an HTTP error status or as HTTP 200 with a code other than
/// <c>OK</c>, so both are checked: a rejected token is reported as such (the caller logs in again and repeats),
/// authentication codes become <see cref="LeadsAuthenticationException"/>, anything else the Core type for the status.
/// </summary>
internal sealed class CrmEnvelopeReader(LeadsResponseReader reader)
{
    public LeadsResponseReader Reader { get; } = reader;

    /// <summary>Parses an error body's status for <see cref="LeadsApiDescriptor.ParseErrorBody"/>; never throws.</summary>
    public static ApiErrorBody ParseErrorBody(string body, string? mediaType)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize(body, CrmApiJsonContext.Default.CrmEnvelopeJsonElement);
            return new ApiErrorBody(envelope?.Status?.Code, envelope?.Status?.Message ?? envelope?.Status?.Description);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public async ValueTask<CrmCallResult<T>> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<CrmEnvelope<T>> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (!response.IsSuccessStatusCode)
        {
            var errorBody = await ReadTextAsync(response, cancellationToken).ConfigureAwait(false);
            var error = ParseErrorBody(errorBody, null);
            if (response.StatusCode == HttpStatusCode.Unauthorized || CrmApiErrorCodes.IsTokenRejected(error.Code))
            {
                return new(null, new LeadsAuthenticationException(Reader.Details(response, errorBody, error)), TokenRejected: true);
            }

            return new(null, Reader.CreateException(response, errorBody, error), TokenRejected: false);
        }

        // Into a pooled buffer and parsed from there: ReadAsByteArrayAsync would buffer the body and copy it once more.
        using (var pooled = await PooledResponseBody.ReadAsync(Reader.Api, response, cancellationToken).ConfigureAwait(false))
        {
            var envelope = Reader.ReadBody(
                response,
                pooled.Memory,
                "JSON",
                typeInfo,
                static (body, typeInfo) => JsonSerializer.Deserialize(body.Span, typeInfo) ?? throw new JsonException("The body is JSON null."));
            var status = envelope.Status;
            if (status is not null && CrmApiErrorCodes.IsSuccess(status.Code) && envelope.Data is { } data)
            {
                return new(data, null, false);
            }

            // Not the success path: only now is the body decoded, for the exception's excerpt.
            var text = Encoding.UTF8.GetString(pooled.Span);
            if (status is null)
            {
                throw Reader.CreateUnreadable(response, text, "The body has no status object.", null);
            }

            if (CrmApiErrorCodes.IsSuccess(status.Code))
            {
                throw Reader.CreateUnreadable(response, text, "The status is OK but the body has no data.", null);
            }

            var details = Reader.Details(response, text, new ApiErrorBody(status.Code, status.Message ?? status.Description));
            if (CrmApiErrorCodes.IsTokenRejected(status.Code))
            {
                return new(null, new LeadsAuthenticationException(details), TokenRejected: true);
            }

            LeadsApiException exception = CrmApiErrorCodes.IsAuthentication(status.Code)
                ? new LeadsAuthenticationException(details)
                : new LeadsApiException(details);
            return new(null, exception, TokenRejected: false);
        }
    }

    private static async Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException)
        {
            return string.Empty;
        }
    }
}

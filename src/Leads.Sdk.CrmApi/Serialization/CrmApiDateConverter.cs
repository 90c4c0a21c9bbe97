using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>
/// The one place dates are formatted: the leads/create doc types dates as "Date" without a format, so the written
/// format is <see cref="CrmApiClientOptions.DateFormat"/> (ISO 8601 by default). Reading accepts ISO 8601 and US forms.
/// </summary>
/// <param name="format">The .NET format string written.</param>
internal sealed class CrmApiDateConverter(string format) : TolerantDateTimeOffsetConverter
{
    /// <summary>The default: ISO 8601 with seconds and offset, for example <c>2026-03-01T09:30:00+02:00</c>.</summary>
    public const string DefaultFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    protected override string? WriteFormat => format;
}

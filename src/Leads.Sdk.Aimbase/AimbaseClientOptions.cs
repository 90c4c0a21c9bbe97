namespace Leads.Sdk.Aimbase;

/// <summary>
/// Settings of <see cref="AimbaseClient"/>. The API token is a secret: it is masked in exception messages and
/// never printed by <see cref="LeadsClientOptions.ToString"/>.
/// </summary>
public sealed class AimbaseClientOptions : LeadsClientOptions
{
    /// <summary>The Aimbase user name of the <c>Authenticate: Avala-Api {username}:{token}</c> header. Required.</summary>
    public string? Username { get; set; }

    /// <summary>The API token of the <c>Authenticate</c> header (see the Aimbase Authentication Web Service Specification). Required; secret.</summary>
    public string? ApiToken { get; set; }

    /// <summary>The manufacturer code sent as <c>?manufacturer=</c> when a call passes none.</summary>
    public string? DefaultManufacturerCode { get; set; }

    /// <summary>The request body format, JSON by default; the response is read in the same format.</summary>
    public AimbaseWireFormat Format { get; set; } = AimbaseWireFormat.Json;

    /// <summary>Whether a batch with invalid leads is rejected whole (the default) or sent without them.</summary>
    public AimbaseInvalidLeadHandling InvalidLeadHandling { get; set; } = AimbaseInvalidLeadHandling.RejectBatch;

    /// <inheritdoc/>
    /// <remarks>
    /// The token, and the <c>user:token</c> pair the <c>Authenticate</c> header carries: masking the pair hides a token
    /// too short to be masked on its own wherever the header is echoed.
    /// </remarks>
    public override IEnumerable<string?> GetSecrets() => [ApiToken, Username is null || ApiToken is null ? null : Username + ":" + ApiToken];

    /// <inheritdoc/>
    protected override void ValidateCore(ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        RequireValue(errors, Username, nameof(Username));
        RequireValue(errors, ApiToken, nameof(ApiToken));
        RequireHeaderSafe(errors, Username, nameof(Username));
        RequireHeaderSafe(errors, ApiToken, nameof(ApiToken));
        if (Username?.Contains(':', StringComparison.Ordinal) == true)
        {
            // The header joins user and token with ':', so a ':' in the user name would be ambiguous.
            errors.Add($"{nameof(Username)} must not contain ':'.");
        }

        if (!Enum.IsDefined(Format))
        {
            errors.Add($"{nameof(Format)} must be Json or Xml.");
        }

        if (!Enum.IsDefined(InvalidLeadHandling))
        {
            errors.Add($"{nameof(InvalidLeadHandling)} must be RejectBatch or SendValidLeads.");
        }
    }
}

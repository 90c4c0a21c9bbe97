using Leads.Sdk.LeadExec.Internal;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.LeadExec.Validation;

/// <summary>Checks a whole request before anything is sent and throws <see cref="LeadsValidationException"/> with every error.</summary>
internal static class LeadExecRequestValidator
{
    public static void Insert(LeadExecCreateLeadRequest request, LeadExecEncoding encoding, ResolvedCredentials credentials, string? returnUrl, TimeSpan? sendDelay)
    {
        var errors = new ValidationErrorCollector();
        var root = ValidationPath.Root;
        Credentials(credentials, requireAffiliate: false, includesPassword: true, errors);
        if (request.Lead is null)
        {
            errors.Add(root, nameof(request.Lead), ValidationRules.Required, "Lead is required.");
        }
        else
        {
            LeadExecLeadRules.For(request.PostType, encoding).Validate(request.Lead, LeadPath, errors);
        }

        if (!Enum.IsDefined(request.PostType))
        {
            errors.Add(root, nameof(request.PostType), ValidationRules.AllowedValues, $"PostType must be one of {string.Join(", ", Enum.GetNames<LeadExecPostType>())}.");
        }

        if (request.OrderId is not null && encoding != LeadExecEncoding.Form)
        {
            errors.Add(root, nameof(request.OrderId), ValidationRules.AllowedValues, "OrderId is documented for the form encoding only; send the POST of a ping/post as a form.");
        }

        if (!Leads.Sdk.Serialization.SafeXml.IsValidText(request.OrderId) || HeaderValues.HasControlCharacters(request.OrderId))
        {
            errors.Add(root, nameof(request.OrderId), ValidationRules.Pattern, "OrderId must not hold control characters.");
        }

        if (sendDelay is not null)
        {
            if (encoding != LeadExecEncoding.Json)
            {
                errors.Add(root, nameof(request.SendDelay), ValidationRules.AllowedValues, "SendDelay is documented for JSON only (source.sendDelay).");
            }
            else if (!WireDuration.IsWholeHours(sendDelay.Value))
            {
                errors.Add(root, nameof(request.SendDelay), ValidationRules.Range, $"SendDelay must be 0 or more whole hours: source.sendDelay is an integer of hours (was {sendDelay}).");
            }
        }

        ReturnUrl(returnUrl, errors);
        errors.ThrowIfAny();
    }

    public static void Ping(LeadExecPingLeadRequest request, LeadExecEncoding encoding, ResolvedCredentials credentials, string? returnUrl)
    {
        var errors = new ValidationErrorCollector();
        Credentials(credentials, requireAffiliate: true, includesPassword: true, errors);
        LookupEncoding(encoding, "PING", errors);
        if (request.Lead is null)
        {
            errors.Add(ValidationPath.Root, nameof(request.Lead), ValidationRules.Required, "Lead is required.");
        }
        else
        {
            LeadExecLeadRules.ForPing(encoding).Validate(request.Lead, LeadPath, errors);
        }

        ReturnUrl(returnUrl, errors);
        errors.ThrowIfAny();
    }

    public static void DuplicateCheck(LeadExecCheckDuplicateLeadRequest request, LeadExecEncoding encoding, ResolvedCredentials credentials)
    {
        var errors = new ValidationErrorCollector();
        Credentials(credentials, requireAffiliate: true, includesPassword: true, errors);
        LookupEncoding(encoding, "the duplicate check", errors);
        if (request.Fields.Count == 0)
        {
            errors.Add(ValidationPath.Root, nameof(request.Fields), ValidationRules.Required, "Fields must hold at least one field to check (for example Email).");
        }

        LeadExecFieldRules.For(encoding).Validate(request.Fields, ValidationPath.Root.Property(nameof(request.Fields)), errors);
        errors.ThrowIfAny();
    }

    public static void Update(LeadExecUpdateLeadRequest request, LeadExecEncoding encoding, ResolvedCredentials credentials)
    {
        var errors = new ValidationErrorCollector();
        Credentials(credentials, requireAffiliate: false, includesPassword: false, errors);
        LookupEncoding(encoding, "the update", errors);
        if (request.LeadId <= 0)
        {
            errors.Add(ValidationPath.Root, nameof(request.LeadId), ValidationRules.Range, $"LeadId (lpleaduid) must be positive (was {request.LeadId}).");
        }

        LeadExecFieldRules.For(encoding).Validate(request.Fields, ValidationPath.Root.Property(nameof(request.Fields)), errors);
        errors.ThrowIfAny();
    }

    private static void LookupEncoding(LeadExecEncoding encoding, string operation, ValidationErrorCollector errors)
    {
        if (encoding is not (LeadExecEncoding.Form or LeadExecEncoding.Json))
        {
            errors.Add(ValidationPath.Root, "Encoding", ValidationRules.AllowedValues, $"The doc shows {operation} in form and JSON only (was {encoding}).");
        }
    }

    private static readonly ValidationPath LeadPath = ValidationPath.Root.Property(nameof(LeadExecCreateLeadRequest.Lead));

    private static readonly ValidationPath CredentialsPath = ValidationPath.Named("Credentials");

    private static void Credentials(ResolvedCredentials credentials, bool requireAffiliate, bool includesPassword, ValidationErrorCollector errors)
    {
        var path = CredentialsPath;
        Positive(credentials.VendorId, "VendorId", "vid", required: true);
        Positive(credentials.LeadTypeId, "LeadTypeId", "lid", required: true);
        Positive(credentials.AffiliateId, "AffiliateId", "aid", required: requireAffiliate);
        if (includesPassword && !IsPrintableAscii(credentials.Password)
            && (HeaderValues.HasControlCharacters(credentials.Password) || !Leads.Sdk.Serialization.SafeXml.IsValidText(credentials.Password)))
        {
            errors.Add(path, "Password", ValidationRules.Pattern, "Password must not hold control characters.");
        }

        // It goes into the Authorization header, which HttpClient refuses to send with non-ASCII characters.
        if (HeaderValues.HasControlCharacters(credentials.AccessToken) || (credentials.AccessToken is { } token && !System.Text.Ascii.IsValid(token)))
        {
            errors.Add(path, "AccessToken", ValidationRules.Pattern, "AccessToken must hold only ASCII characters, no control characters.");
        }

        void Positive(int? value, string name, string key, bool required)
        {
            if (value is null)
            {
                if (required)
                {
                    errors.Add(path, name, ValidationRules.Required, $"{name} ({key}) is required; set it in LeadExecClientOptions or the request's Credentials.");
                }
            }
            else if (value <= 0)
            {
                errors.Add(path, name, ValidationRules.Range, $"{name} ({key}) must be positive (was {value}).");
            }
        }
    }

    /// <summary>Null or printable ASCII (the usual password): no control characters and nothing XML 1.0 refuses, checked in one pass.</summary>
    private static bool IsPrintableAscii(string? value) => value is null || !value.AsSpan().ContainsAnyExceptInRange(' ', '~');

    private static void ReturnUrl(string? returnUrl, ValidationErrorCollector errors)
    {
        if (returnUrl is not null && !Uri.TryCreate(returnUrl, UriKind.Absolute, out _))
        {
            errors.Add(ValidationPath.Root, "ReturnUrl", ValidationRules.Pattern, "ReturnUrl must be an absolute URI.");
        }
    }
}

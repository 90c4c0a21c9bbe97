namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// How <c>status.code</c> values are classified, in one place. CRM.COM does not publish its list of exception keys,
/// so the code stays an open string and these checks look for the words the known keys use (see docs/decisions.md).
/// </summary>
internal static class CrmApiErrorCodes
{
    private static readonly string[] AuthenticationWords = ["AUTHENTICAT", "LOGIN", "PASSWORD", "CREDENTIAL", "UNAUTHORI", "ACCESSDENIED", "ACCESS_DENIED", "PERMISSION", "WEBAPIKEY", "WEB_API_KEY"];

    /// <summary>Success is <c>OK</c>.</summary>
    public static bool IsSuccess(string? code) => string.Equals(code?.Trim(), "OK", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server refused the token (invalid or expired), so the request was not processed.</summary>
    public static bool IsTokenRejected(string? code) => code is not null && code.Contains("TOKEN", StringComparison.OrdinalIgnoreCase);

    /// <summary>An authentication or authorisation failure other than a rejected token.</summary>
    public static bool IsAuthentication(string? code)
        => code is not null && AuthenticationWords.Any(word => code.Contains(word, StringComparison.OrdinalIgnoreCase));
}

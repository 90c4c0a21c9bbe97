namespace Leads.Sdk.Emulator.Faults;

/// <summary>Which credential of the request <see cref="EmulatorFault.CredentialInField"/> echoes into the response.</summary>
public enum EmulatorCredential
{
    /// <summary>The first found of <see cref="AuthorizationHeader"/>, <see cref="AuthenticateHeader"/>, <see cref="Token"/>, <see cref="Password"/>.</summary>
    Any,

    /// <summary>The <c>Authorization</c> header's value after its scheme (LeadExec's Bearer token).</summary>
    AuthorizationHeader,

    /// <summary>The <c>Authenticate</c> header's value after its scheme: Aimbase's and OData's <c>user:token</c>.</summary>
    AuthenticateHeader,

    /// <summary>The body's <c>password</c> (a JSON member at any depth, a form field, an XML attribute or element).</summary>
    Password,

    /// <summary>The body's <c>token</c> (CRM.COM's session token in a create body), found as <see cref="Password"/> is.</summary>
    Token,
}

namespace Leads.Sdk.Http;

/// <summary>The API's own error code and message found in an error body.</summary>
/// <param name="Code">The error code, if the body has one.</param>
/// <param name="Message">The error message, if the body has one.</param>
internal readonly record struct ApiErrorBody(string? Code, string? Message);

namespace Leads.Sdk.Http;

/// <summary>
/// How one API reports errors: its name for messages and telemetry, and how to find its own error code and
/// message in a body. Each package defines one.
/// </summary>
/// <param name="Name">The API's display name, for example <c>Aimbase</c>.</param>
/// <param name="ParseErrorBody">Finds the error code and message in a body; must not throw. Receives the body text and its media type.</param>
internal sealed record LeadsApiDescriptor(string Name, Func<string, string?, ApiErrorBody>? ParseErrorBody = null);

namespace Leads.Sdk.Aimbase.Schema;

/// <summary>A condition under which a documented field is required, for example that the lead opted in.</summary>
/// <typeparam name="T">The model the condition reads.</typeparam>
/// <param name="Holds">Whether the condition holds for a model.</param>
/// <param name="Description">The condition in words, for the error message (for example <c>IsCommunicationOptIn is true</c>).</param>
internal sealed record AimbaseFieldCondition<T>(Func<T, bool> Holds, string Description);

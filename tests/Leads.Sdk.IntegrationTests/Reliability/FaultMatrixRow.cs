namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>One row of the fault matrix in docs/reliability.md: what each kind of call must end in under one fault.</summary>
/// <param name="Post">The POST cell.</param>
/// <param name="Patch">The PATCH cell.</param>
/// <param name="Get">The GET cell.</param>
public sealed record FaultMatrixRow(ExpectedOutcome Post, ExpectedOutcome Patch, ExpectedOutcome Get)
{
    /// <summary>The same outcome in every column.</summary>
    public static FaultMatrixRow Same(ExpectedOutcome outcome) => new(outcome, outcome, outcome);

    /// <summary>The cell of <paramref name="column"/>.</summary>
    public ExpectedOutcome this[FaultMatrixColumn column] => column switch
    {
        FaultMatrixColumn.Post => Post,
        FaultMatrixColumn.Patch => Patch,
        FaultMatrixColumn.Get => Get,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };
}

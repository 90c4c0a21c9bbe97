using System.Text.RegularExpressions;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Core.Tests.Validation;

public enum Channel
{
    Web = 1,
    Phone = 2,
}

public sealed class DealerInput
{
    public string? DealerNumber { get; set; }
}

public sealed class LeadInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public bool OptIn { get; set; }

    public string? Country { get; set; }

    public string? Brands { get; set; }

    public int? Score { get; set; }

    public int Priority { get; set; } = 1;

    public Channel Channel { get; set; } = Channel.Web;

    public Channel? PreferredChannel { get; set; }

    public string? Source { get; set; }

    public List<string>? Tags { get; set; }

    public List<DealerInput>? Dealers { get; set; }

    public DealerInput? PrimaryDealer { get; set; }
}

public sealed class BatchInput
{
    public List<LeadInput>? Leads { get; set; }
}

public class ValidatorTests
{
    private static Validator<LeadInput> One<TProperty>(Func<Validator<LeadInput>, PropertyRules<LeadInput, TProperty>> configure)
    {
        var validator = new Validator<LeadInput>();
        configure(validator);
        return validator;
    }

    private static ValidationError Single(Validator<LeadInput> validator, LeadInput input) => Assert.Single(validator.FindErrors(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Required_MissingOrWhiteSpace_ReportsRequired(string? name)
    {
        var error = Single(One(v => v.RuleFor("Name", l => l.Name).Required()), new LeadInput { Name = name });

        Assert.Equal(ValidationRules.Required, error.Rule);
        Assert.Equal("Name", error.Path);
        Assert.Contains("Name is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_Present_ReportsNothing()
        => Assert.Empty(One(v => v.RuleFor("Name", l => l.Name).Required()).FindErrors(new LeadInput { Name = "x" }));

    [Fact]
    public void Required_EmptyCollection_ReportsRequired()
    {
        var validator = One(v => v.RuleFor("Tags", l => l.Tags).Required());

        Assert.Equal(ValidationRules.Required, Single(validator, new LeadInput { Tags = [] }).Rule);
        Assert.Equal(ValidationRules.Required, Single(validator, new LeadInput { Tags = null }).Rule);
        Assert.Empty(validator.FindErrors(new LeadInput { Tags = ["a"] }));
    }

    [Fact]
    public void Required_NullableValueType_ReportsOnlyWhenNull()
    {
        var validator = One(v => v.RuleFor("Score", l => l.Score).Required());

        Assert.Single(validator.FindErrors(new LeadInput { Score = null }));
        Assert.Empty(validator.FindErrors(new LeadInput { Score = 0 }));
    }

    [Fact]
    public void RequiredWhen_ConditionHoldsAndMissing_ReportsConditionalRequired()
    {
        var validator = One(v => v.RuleFor("Email", l => l.Email).RequiredWhen(l => l.OptIn, "OptIn is true"));

        var error = Single(validator, new LeadInput { OptIn = true, Email = " " });

        Assert.Equal(ValidationRules.ConditionalRequired, error.Rule);
        Assert.Equal("Email is required when OptIn is true.", error.Message);
        Assert.Empty(validator.FindErrors(new LeadInput { OptIn = false }));
        Assert.Empty(validator.FindErrors(new LeadInput { OptIn = true, Email = "a@b.c" }));
    }

    [Fact]
    public void MaxLength_TooLong_ReportsMaxLength()
    {
        var validator = One(v => v.RuleFor("Name", l => l.Name).MaxLength(5));

        var error = Single(validator, new LeadInput { Name = "abcdef" });

        Assert.Equal(ValidationRules.MaxLength, error.Rule);
        Assert.Contains("at most 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("was 6", error.Message, StringComparison.Ordinal);
        Assert.Empty(validator.FindErrors(new LeadInput { Name = "abcde" }));
        Assert.Empty(validator.FindErrors(new LeadInput { Name = null }));
    }

    [Theory]
    [InlineData("U", 1)]
    [InlineData("USA", 1)]
    [InlineData("US", 0)]
    [InlineData(null, 0)]
    public void ExactLength_Length_ReportsWhenDifferent(string? country, int errors)
    {
        var found = One(v => v.RuleFor("Country", l => l.Country).ExactLength(2)).FindErrors(new LeadInput { Country = country });

        Assert.Equal(errors, found.Count);
        Assert.All(found, e => Assert.Equal(ValidationRules.ExactLength, e.Rule));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    [InlineData(100, 0)]
    [InlineData(101, 1)]
    [InlineData(null, 0)]
    public void InRange_Nullable_ReportsOutOfRange(int? score, int errors)
    {
        var found = One(v => v.RuleFor("Score", l => l.Score).InRange(0, 100)).FindErrors(new LeadInput { Score = score });

        Assert.Equal(errors, found.Count);
        Assert.All(found, e => Assert.Equal(ValidationRules.Range, e.Rule));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    public void InRange_NotNullable_ReportsOutOfRange(int priority, int errors)
    {
        var found = One(v => v.RuleFor("Priority", l => l.Priority).InRange(1, 5)).FindErrors(new LeadInput { Priority = priority });

        Assert.Equal(errors, found.Count);
        Assert.All(found, e => Assert.Equal("Priority must be between 1 and 5 (was " + priority + ").", e.Message));
    }

    [Fact]
    public void AllowedValues_OtherValue_ReportsAllowedValues()
    {
        var validator = One(v => v.RuleFor("Source", l => l.Source).AllowedValues("web", "phone"));

        var error = Single(validator, new LeadInput { Source = "fax" });

        Assert.Equal(ValidationRules.AllowedValues, error.Rule);
        Assert.Equal("Source must be one of web, phone (was 'fax').", error.Message);
        Assert.Empty(validator.FindErrors(new LeadInput { Source = "phone" }));
        Assert.Empty(validator.FindErrors(new LeadInput { Source = null }));
    }

    [Fact]
    public void Pattern_NoMatch_ReportsPattern()
    {
        var validator = One(v => v.RuleFor("Country", l => l.Country).Pattern(new Regex("^[A-Z]{2}$"), "two capital letters"));

        var error = Single(validator, new LeadInput { Country = "us" });

        Assert.Equal(ValidationRules.Pattern, error.Rule);
        Assert.Equal("Country must be two capital letters.", error.Message);
        Assert.Empty(validator.FindErrors(new LeadInput { Country = "US" }));
    }

    [Fact]
    public void Defined_UndefinedEnum_ReportsAllowedValues()
    {
        var validator = new Validator<LeadInput>();
        validator.RuleFor("Channel", l => l.Channel).Defined();
        validator.RuleFor("PreferredChannel", l => l.PreferredChannel).Defined();

        var errors = validator.FindErrors(new LeadInput { Channel = (Channel)7, PreferredChannel = (Channel)8 });

        Assert.Equal(["Channel", "PreferredChannel"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(ValidationRules.AllowedValues, e.Rule));
        Assert.Contains("Web, Phone", errors[0].Message, StringComparison.Ordinal);
        Assert.Empty(validator.FindErrors(new LeadInput { Channel = Channel.Phone, PreferredChannel = null }));
    }

    [Theory]
    [InlineData("a,b,c", 0)]
    [InlineData("a", 0)]
    [InlineData("a,,c", 1)]
    [InlineData("a, ,c", 1)]
    [InlineData("a,b,", 1)]
    public void DelimitedList_EmptyItem_ReportsPattern(string brands, int errors)
        => Assert.Equal(errors, One(v => v.RuleFor("Brands", l => l.Brands).DelimitedList()).FindErrors(new LeadInput { Brands = brands }).Count);

    [Fact]
    public void DelimitedList_CustomSeparator_SplitsOnIt()
        => Assert.Single(One(v => v.RuleFor("Brands", l => l.Brands).DelimitedList('|')).FindErrors(new LeadInput { Brands = "a||b" }));

    [Fact]
    public void Must_FailingValue_ReportsRuleAndMessage()
    {
        var validator = One(v => v.RuleFor("Email", l => l.Email).Must(ValidationRules.Pattern, e => e!.Contains('@', StringComparison.Ordinal), e => $"Email '{e}' has no @."));

        var error = Single(validator, new LeadInput { Email = "nobody" });

        Assert.Equal("Email 'nobody' has no @.", error.Message);
        Assert.Empty(validator.FindErrors(new LeadInput { Email = null }));
    }

    [Fact]
    public void Must_WithOwner_ReadsOwningObject()
    {
        var validator = One(v => v.RuleFor("Email", l => l.Email).Must(ValidationRules.Pattern, (l, e) => !l.OptIn || e!.EndsWith(".com", StringComparison.Ordinal), _ => "bad"));

        Assert.Single(validator.FindErrors(new LeadInput { OptIn = true, Email = "a@b.org" }));
        Assert.Empty(validator.FindErrors(new LeadInput { OptIn = false, Email = "a@b.org" }));
    }

    [Fact]
    public void ObjectMust_Failing_ReportsOnNamedProperty()
    {
        var validator = new Validator<LeadInput>().Must("Email", ValidationRules.ExactlyOne, l => l.Email is not null ^ l.Country is not null, "Set Email or Country.");

        var error = Assert.Single(validator.FindErrors(new LeadInput()));

        Assert.Equal(new ValidationError("Email", ValidationRules.ExactlyOne, "Set Email or Country."), error);
    }

    [Fact]
    public void FindErrors_SeveralBrokenRules_ReportsAllInOrder()
    {
        var validator = new Validator<LeadInput>();
        validator.RuleFor("Name", l => l.Name).Required().MaxLength(3);
        validator.RuleFor("Country", l => l.Country).Required().ExactLength(2);
        validator.RuleFor("Score", l => l.Score).InRange(0, 10);

        var errors = validator.FindErrors(new LeadInput { Name = "toolong", Country = null, Score = 11 });

        Assert.Equal(
            [("Name", ValidationRules.MaxLength), ("Country", ValidationRules.Required), ("Score", ValidationRules.Range)],
            errors.Select(e => (e.Path, e.Rule)));
    }

    [Fact]
    public void FindErrors_NestedCollections_ReportsFullPaths()
    {
        var dealer = new Validator<DealerInput>();
        dealer.RuleFor("DealerNumber", d => d.DealerNumber).Required();
        var lead = new Validator<LeadInput>();
        lead.RuleFor("Name", l => l.Name).Required();
        lead.ForEach("Dealers", l => l.Dealers, dealer);
        lead.ForObject("PrimaryDealer", l => l.PrimaryDealer, dealer);
        var batch = new Validator<BatchInput>();
        batch.ForEach("Leads", b => b.Leads, lead);
        var leads = Enumerable.Range(0, 4).Select(i => new LeadInput { Name = "n", Dealers = [new DealerInput { DealerNumber = "d" }] }).ToList();
        leads[3].Dealers![0].DealerNumber = null;
        leads[3].Dealers!.Add(null!);
        leads[1].Name = null;
        leads[2].PrimaryDealer = new DealerInput();

        var errors = batch.FindErrors(new BatchInput { Leads = leads });

        Assert.Equal(
            ["Leads[1].Name", "Leads[2].PrimaryDealer.DealerNumber", "Leads[3].Dealers[0].DealerNumber", "Leads[3].Dealers[1]"],
            errors.Select(e => e.Path));
    }

    [Fact]
    public void FindErrors_NamedRootPath_PrefixesPaths()
    {
        var validator = One(v => v.RuleFor("Name", l => l.Name).Required());

        var error = Assert.Single(validator.FindErrors(new LeadInput(), ValidationPath.Named("Leads").Index(2)));

        Assert.Equal("Leads[2].Name", error.Path);
    }

    [Fact]
    public void ForEach_LazySequence_ReportsEachElementsPath()
    {
        var dealer = new Validator<DealerInput>();
        dealer.RuleFor("DealerNumber", d => d.DealerNumber).Required();
        var lead = new Validator<LeadInput>().ForEach("Dealers", l => l.Dealers?.Select(d => d), dealer);
        var input = new LeadInput { Dealers = [new DealerInput(), new DealerInput { DealerNumber = "d" }, new DealerInput()] };

        var errors = lead.FindErrors(input, ValidationPath.Named("Leads").Index(4));

        Assert.Equal(["Leads[4].Dealers[0].DealerNumber", "Leads[4].Dealers[2].DealerNumber"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Required_EmptyCollectionStruct_Reports()
    {
        var validator = One(v => v.RuleFor("Codes", _ => System.Collections.Immutable.ImmutableArray<int>.Empty).Required());

        Assert.Equal(ValidationRules.Required, Single(validator, new LeadInput()).Rule);
    }

    [Theory]
    [InlineData(" abc", 1)]
    [InlineData("abc ", 1)]
    [InlineData("abc", 0)]
    [InlineData("\t", 0)]
    public void MaxLength_SurroundingWhiteSpace_CountsEveryCharacter(string name, int errors)
        => Assert.Equal(errors, One(v => v.RuleFor("Name", l => l.Name).MaxLength(3)).FindErrors(new LeadInput { Name = name }).Count);

    [Theory]
    [InlineData("\t\n ")]
    [InlineData("\u00A0")]
    [InlineData("\u2003")]
    public void Required_UnicodeWhiteSpace_ReportsRequired(string name)
        => Assert.Equal(ValidationRules.Required, Single(One(v => v.RuleFor("Name", l => l.Name).Required().MaxLength(5)), new LeadInput { Name = System.Text.RegularExpressions.Regex.Unescape(name) }).Rule);

    [Fact]
    public void FindErrors_TextWithSeveralChecks_ReportsEachFailingCheckInOrder()
    {
        var validator = One(v => v.RuleFor("Brands", l => l.Brands).Required().MaxLength(4).DelimitedList().Must(ValidationRules.Pattern, b => !b!.Contains('x', StringComparison.Ordinal), _ => "no x"));

        var errors = validator.FindErrors(new LeadInput { Brands = "a,,x" });

        Assert.Equal([ValidationRules.Pattern, ValidationRules.Pattern], errors.Select(e => e.Rule));
        Assert.Equal(["Brands must be a ','-delimited list without empty items.", "no x"], errors.Select(e => e.Message));
        Assert.Equal([ValidationRules.MaxLength, ValidationRules.Pattern], validator.FindErrors(new LeadInput { Brands = "a,,bc" }).Select(e => e.Rule));
    }

    [Fact]
    public void Validate_RulesAddedAfterFirstUse_AreApplied()
    {
        var validator = new Validator<LeadInput>();
        var name = validator.RuleFor("Name", l => l.Name);
        var input = new LeadInput { Name = "abcdef", Score = 11 };
        Assert.Empty(validator.FindErrors(input));

        name.MaxLength(3);
        validator.RuleFor("Score", l => l.Score).InRange(0, 10);
        validator.RuleFor("Email", l => l.Email).Required();

        Assert.Equal(
            [("Name", ValidationRules.MaxLength), ("Score", ValidationRules.Range), ("Email", ValidationRules.Required)],
            validator.FindErrors(input).Select(e => (e.Path, e.Rule)));
    }

    [Fact]
    public void FindErrors_ObjectInsideEachElement_ReportsEachElementsIndex()
    {
        var dealer = new Validator<DealerInput>();
        dealer.RuleFor("DealerNumber", d => d.DealerNumber).Required();
        var lead = new Validator<LeadInput>().ForObject("PrimaryDealer", l => l.PrimaryDealer, dealer).ForEach("Dealers", l => l.Dealers, dealer);
        var batch = new Validator<BatchInput>().ForEach("Leads", b => b.Leads, lead);
        var leads = Enumerable.Range(0, 3).Select(_ => new LeadInput { PrimaryDealer = new DealerInput(), Dealers = [new DealerInput { DealerNumber = "d" }, new DealerInput()] }).ToList();

        var first = batch.FindErrors(new BatchInput { Leads = leads }).Select(e => e.Path);
        var second = batch.FindErrors(new BatchInput { Leads = leads }).Select(e => e.Path);

        string[] expected =
        [
            "Leads[0].PrimaryDealer.DealerNumber", "Leads[0].Dealers[1].DealerNumber",
            "Leads[1].PrimaryDealer.DealerNumber", "Leads[1].Dealers[1].DealerNumber",
            "Leads[2].PrimaryDealer.DealerNumber", "Leads[2].Dealers[1].DealerNumber",
        ];
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public void FindErrors_ManyThreadsAtOnce_EachReportsItsOwnPaths()
    {
        var dealer = new Validator<DealerInput>();
        dealer.RuleFor("DealerNumber", d => d.DealerNumber).Required();
        var lead = new Validator<LeadInput>().ForObject("PrimaryDealer", l => l.PrimaryDealer, dealer).ForEach("Dealers", l => l.Dealers, dealer);
        var batch = new Validator<BatchInput>().ForEach("Leads", b => b.Leads, lead);

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, run =>
        {
            // Each run breaks a different lead and dealer, so a path shared between threads would show up as a wrong index.
            var bad = run % 5;
            var leads = Enumerable.Range(0, 5).Select(i => new LeadInput
            {
                PrimaryDealer = new DealerInput { DealerNumber = i == bad ? null : "p" },
                Dealers = [.. Enumerable.Range(0, 5).Select(j => new DealerInput { DealerNumber = i == bad && j == run % 3 ? null : "d" })],
            }).ToList();

            for (var repeat = 0; repeat < 20; repeat++)
            {
                var paths = string.Join(" ", batch.FindErrors(new BatchInput { Leads = leads }).Select(e => e.Path));
                var expected = $"Leads[{bad}].PrimaryDealer.DealerNumber Leads[{bad}].Dealers[{run % 3}].DealerNumber";
                if (paths != expected)
                {
                    failures.Add($"{expected} != {paths}");
                }
            }
        });

        Assert.Empty(failures);
    }

    [Fact]
    public void ForEachAndForObject_Null_AreSkipped()
    {
        var dealer = new Validator<DealerInput>();
        dealer.RuleFor("DealerNumber", d => d.DealerNumber).Required();
        var lead = new Validator<LeadInput>().ForEach("Dealers", l => l.Dealers, dealer).ForObject("PrimaryDealer", l => l.PrimaryDealer, dealer);

        Assert.Empty(lead.FindErrors(new LeadInput()));
    }
}

using System.Text.RegularExpressions;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Validation;

/// <summary>The leads/create rules the client can check (doc: leads/create parameters), described once.</summary>
internal static partial class CrmCreateLeadRequestValidator
{
    private static readonly HashSet<CrmLeadSourceType> NamedSourceTypes =
        [CrmLeadSourceType.Advertisement, CrmLeadSourceType.Website, CrmLeadSourceType.Other, CrmLeadSourceType.Custom1, CrmLeadSourceType.Custom2, CrmLeadSourceType.Custom3];

    private const string NoAdditionalFields = "AdditionalFields is empty (it may carry the field under your server's name)";

    public static Validator<CrmCreateLeadRequest> Instance { get; } = Build();

    private static Validator<CrmCreateLeadRequest> Build()
    {
        var ids = IdentifierValidator.Instance;
        var v = new Validator<CrmCreateLeadRequest>();
        v.RuleFor("ContactEmail", r => r.ContactEmail).Pattern(Email(), "an e-mail address");
        v.RuleFor("ProbabilityToWin", r => r.ProbabilityToWin).InRange(0m, 100m);
        v.RuleFor("Importance", r => r.Importance).Required().Defined();
        v.RuleFor("Priority", r => r.Priority).Required().Defined();
        v.RuleFor("TargetAmount", r => r.TargetAmount).Must(ValidationRules.Range, a => a >= 0m, a => $"TargetAmount must not be negative (was {a}).");
        v.RuleFor("Type", r => r.Type).Required();

        // Their JSON names are inferred: a request whose AdditionalFields may carry them under the server's own names
        // is left for the server to judge rather than refused.
        v.RuleFor("ContactInformation", r => r.ContactInformation).RequiredWhen(r => r.AdditionalFields.Count == 0, NoAdditionalFields);
        v.RuleFor("Source", r => r.Source).RequiredWhen(r => r.AdditionalFields.Count == 0, NoAdditionalFields);

        v.ForObject<CrmAccountsReceivableIdentifier>("AccountsReceivable", r => r.AccountsReceivable, ids);
        v.ForObject<CrmEntityIdentifier>("Type", r => r.Type, ids);
        v.ForObject<CrmEntityIdentifier>("Status", r => r.Status, ids);
        v.ForObject<CrmEntityIdentifier>("LostReason", r => r.LostReason, ids);
        v.ForObject<CrmEntityIdentifier>("Category", r => r.Category, ids);
        v.ForObject<CrmEntityIdentifier>("OwnedByGroup", r => r.OwnedByGroup, ids);
        v.ForObject<CrmEntityIdentifier>("PrivacyLevel", r => r.PrivacyLevel, ids);
        v.ForObject<CrmUserIdentifier>("LeadOwner", r => r.LeadOwner, ids);
        v.ForObject<CrmContactInformationIdentifier>("ContactInformation", r => r.ContactInformation, ids);

        v.RuleFor("UdfFloat1", r => r.UdfFloat1).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat1 must be a finite number.");
        v.RuleFor("UdfFloat2", r => r.UdfFloat2).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat2 must be a finite number.");
        v.RuleFor("UdfFloat3", r => r.UdfFloat3).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat3 must be a finite number.");
        v.RuleFor("UdfFloat4", r => r.UdfFloat4).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat4 must be a finite number.");

        v.ForObject("EstimatedCompletionTime", r => r.EstimatedCompletionTime, TimePeriodValidator());
        v.ForObject("Source", r => r.Source, SourceValidator(ids));
        v.ForObject("AssignedTo", r => r.AssignedTo, AssignmentValidator(ids));
        v.ForEach("Competitors", r => r.Competitors, ItemValidator<CrmLeadCompetitor, CrmEntityIdentifier>("Competitor", c => c.Competitor, ids));
        v.ForEach("Users", r => r.Users, ItemValidator<CrmLeadUser, CrmUserIdentifier>("User", u => u.User, ids));
        var product = ItemValidator<CrmLeadProduct, CrmProductIdentifier>("Product", p => p.Product, ids);
        v.ForEach("Products", r => r.Products, product);
        v.ForEach("Services", r => r.Services, product);
        v.ForEach("PhysicalGoods", r => r.PhysicalGoods, product);
        v.ForObject("SubscriptionPackage", r => r.SubscriptionPackage, ItemValidator<CrmLeadSubscriptionPackage, CrmProductIdentifier>("Package", p => p.Package, ids));
        v.RuleFor("FieldsSet", r => r.FieldsSet).Must(
            ValidationRules.Pattern,
            fields => fields!.All(f => !string.IsNullOrWhiteSpace(f) && !f.Contains(',', StringComparison.Ordinal)),
            _ => "FieldsSet must hold field names without commas or empty items.");
        v.ForObject("AdditionalFields", r => r.AdditionalFields, CrmAdditionalFieldsValidator.Instance);
        return v;
    }

    private static Validator<CrmTimePeriod> TimePeriodValidator()
    {
        var v = new Validator<CrmTimePeriod>();
        v.RuleFor("Value", t => t.Value).Required().Must(ValidationRules.Range, value => value > 0, value => $"Value must be positive (was {value}).");
        v.RuleFor("Unit", t => t.Unit).Required().Defined();
        return v;
    }

    private static Validator<CrmLeadSource> SourceValidator(IdentifierValidator ids)
    {
        var v = new Validator<CrmLeadSource>();
        v.RuleFor("Type", s => s.Type).Required().Defined();
        v.RuleFor("Name", s => s.Name).RequiredWhen(
            s => s.Type is { } type && NamedSourceTypes.Contains(type),
            "Type is ADVERTISEMENT, WEBSITE, OTHER or CUSTOM1-3");
        v.ForObject<CrmEntityIdentifier>("Notification", s => s.Notification, ids);
        v.ForObject<CrmEntityIdentifier>("Communication", s => s.Communication, ids);
        v.ForObject<CrmContactInformationIdentifier>("RecommendedByContact", s => s.RecommendedByContact, ids);
        v.ForObject<CrmUserIdentifier>("RecommendedByEmployee", s => s.RecommendedByEmployee, ids);
        v.ForObject<CrmAccountsReceivableIdentifier>("RecommendedByPartner", s => s.RecommendedByPartner, ids);
        return v;
    }

    private static Validator<CrmLeadAssignment> AssignmentValidator(IdentifierValidator ids)
    {
        var v = new Validator<CrmLeadAssignment>();
        v.Must("User", ValidationRules.Required, a => a.User is not null || a.Group is not null, "AssignedTo needs a User or a Group.");
        v.ForObject<CrmUserIdentifier>("User", a => a.User, ids);
        v.ForObject<CrmEntityIdentifier>("Group", a => a.Group, ids);
        return v;
    }

    private static Validator<TItem> ItemValidator<TItem, TIdentifier>(string name, Func<TItem, TIdentifier?> getter, IdentifierValidator ids)
        where TIdentifier : CrmIdentifier
    {
        var v = new Validator<TItem>();
        v.RuleFor(name, getter).Required();
        v.ForObject(name, getter, ids);
        return v;
    }

    // Deliberately loose: one @, no spaces, a dot in the domain. The server has the final word.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}

"""The project's economy as the decision sets it and the accounts show it: budget per cost
category and year, financing per financier and year, financing paid in per quarter, actual
costs per quarter and category, and the settings (flat rate, the funder's cap, the remembered
columns and accounts of the accounting export).

Indirect costs are never stored: they are the project's flat rate × the personnel costs,
computed wherever they are shown. Every write is audited. Costs are not locked by the steering
group's approval of a quarter: that approves the indicators' values at the meeting, while the
accounts of the quarter are often closed and corrected after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from hallbar_desktop.domain.economy import (
    DEFAULT_FUNDER_CAP,
    DEFAULT_INDIRECT_RATE,
    CostCategory,
    FinancierKind,
    FunderShare,
    check_funder_cap,
    check_indirect_rate,
    indirect_costs,
    parse_amount,
)
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.numbers import format_amount
from hallbar_desktop.domain.quarters import Quarter, quarter_range
from hallbar_desktop.domain.status import EPS
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_audit
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.texts import quarter_text, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import ActualCost, EconomySetting, Financier, Project

Amount = float | int | str


# --- plain data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ColumnMapping:
    """Which column of an accounting export holds what (header names as in the file).

    The amount is one column, or a debit and a credit column (amount = debit − credit). The
    category column is for exports that already say the kostnadsslag; otherwise the account
    is mapped to one.
    """

    date: str = ""
    account: str = ""
    amount: str = ""
    debit: str = ""
    credit: str = ""
    activity: str = ""
    text: str = ""
    category: str = ""

    ROLES = ("date", "account", "amount", "debit", "credit", "activity", "text", "category")

    @property
    def complete(self) -> bool:
        has_amount = bool(self.amount) or bool(self.debit and self.credit)
        return bool(self.date) and has_amount and bool(self.account or self.category)

    @property
    def empty(self) -> bool:
        return not any(getattr(self, r) for r in self.ROLES)

    def as_dict(self) -> dict[str, str]:
        return {r: getattr(self, r) for r in self.ROLES if getattr(self, r)}

    def describe_sv(self) -> str:
        names = {"date": "datum", "account": "konto", "amount": "belopp", "debit": "debet", "credit": "kredit",
                 "activity": "aktivitet", "text": "text", "category": "kostnadsslag"}
        return ", ".join(f"{names[r]} = «{v}»" for r, v in self.as_dict().items()) or "inga kolumner"


@dataclass(frozen=True)
class EconomySettings:
    indirect_rate: float
    funder_cap: float
    columns: ColumnMapping
    #: account (or prefix ending in ``*``) → cost category
    accounts: Mapping[str, CostCategory] = field(default_factory=dict)


@dataclass(frozen=True)
class FinancierInfo:
    id: int
    name: str
    kind: FinancierKind
    planned: tuple[tuple[int, float], ...]  # (year, amount)
    paid: tuple[tuple[Quarter, float], ...]  # (quarter, amount) paid in

    @property
    def total_planned(self) -> float:
        return sum(v for _, v in self.planned)

    def planned_in(self, year: int) -> float:
        return sum(v for y, v in self.planned if y == year)

    def paid_between(self, first: Quarter, last: Quarter) -> float:
        return sum(v for q, v in self.paid if first <= q <= last)

    @property
    def total_paid(self) -> float:
        return sum(v for _, v in self.paid)


@dataclass(frozen=True)
class BudgetTable:
    """The budget and the financing plan, with the checks the funder makes of them."""

    project_code: str
    years: tuple[int, ...]
    indirect_rate: float
    #: category → year → amount, every category and year present (indirect computed).
    budget: Mapping[CostCategory, Mapping[int, float]]
    financiers: tuple[FinancierInfo, ...]
    funder_share: FunderShare
    checks: tuple[str, ...]  # what does not add up, in Swedish; empty when all is well

    def amount(self, category: CostCategory, year: int) -> float:
        return self.budget[category].get(year, 0.0)

    def category_total(self, category: CostCategory) -> float:
        return sum(self.budget[category].values())

    def year_total(self, year: int) -> float:
        return sum(self.budget[c].get(year, 0.0) for c in CostCategory)

    @property
    def total(self) -> float:
        return sum(self.category_total(c) for c in CostCategory)

    @property
    def financing_total(self) -> float:
        return sum(f.total_planned for f in self.financiers)

    def financing_year_total(self, year: int) -> float:
        return sum(f.planned_in(year) for f in self.financiers)


@dataclass(frozen=True)
class CostCell:
    quarter: Quarter
    category: CostCategory
    amount: float | None  # None: nothing entered (indirect: computed, never None once personnel is)
    source: str  # "typed", "import", "load", "computed" or ""
    source_detail: str  # the imported file's name
    computed: bool
    approved: bool  # the steering group has approved the quarter's values (shown; costs stay editable)


@dataclass(frozen=True)
class CostGrid:
    """Actual costs: one row per cost category, one column per quarter (the window's grid)."""

    project_code: str
    quarters: tuple[Quarter, ...]
    categories: tuple[CostCategory, ...]
    cells: Mapping[tuple[Quarter, CostCategory], CostCell]
    indirect_rate: float

    def cell(self, quarter: Quarter, category: CostCategory) -> CostCell:
        return self.cells[(quarter, category)]

    def amount(self, quarter: Quarter, category: CostCategory) -> float:
        return self.cells[(quarter, category)].amount or 0.0

    def reported(self, quarter: Quarter) -> bool:
        """Whether any cost at all is entered for the quarter (grey when not, once it has ended)."""
        return any(self.cells[(quarter, c)].amount is not None and not c.computed for c in self.categories)

    def quarter_total(self, quarter: Quarter) -> float:
        return sum(self.amount(quarter, c) for c in self.categories)

    def category_total(self, category: CostCategory, until: Quarter | None = None) -> float:
        return sum(self.amount(q, category) for q in self.quarters if until is None or q <= until)


@dataclass(frozen=True)
class CostChange:
    quarter: Quarter
    category: CostCategory
    before: float | None
    after: float | None
    changed: bool


# --- helpers ------------------------------------------------------------------------------
def _period(project: Project) -> tuple[Quarter, Quarter]:
    return Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)


def project_years(project: Project) -> tuple[int, ...]:
    start, end = _period(project)
    return tuple(range(start.year, end.year + 1))


def _amount(value: Amount | None, what: str, *, allow_negative: bool) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_amount(value, allow_negative=allow_negative)
    except DomainError as exc:
        raise ValidationError(translate("Economy", "{what}: {message}").format(what=what, message=exc.message)) from exc


def _category(value: CostCategory | str, *, typed: bool = True) -> CostCategory:
    try:
        category = value if isinstance(value, CostCategory) else CostCategory.parse(value)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    if typed and category.computed:
        raise ValidationError(
            translate("Economy", "Indirekta kostnader skrivs inte in: de räknas ut som projektets schablon av "
                                 "personalkostnaderna. Ändra schablonen i stället.")
        )
    return category


def _year(project: Project, year: int | str) -> int:
    try:
        y = int(str(year).strip())
    except ValueError:
        raise ValidationError(translate("Economy", "«{year}» är inget år.").format(year=year)) from None
    years = project_years(project)
    if y not in years:
        raise ValidationError(translate("Economy", "{y} ligger utanför projektets år ({first}–{last}).").format(
                                  y=y, first=years[0], last=years[-1]))
    return y


def _in_period(project: Project, quarter: Quarter | str) -> Quarter:
    try:
        q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    start, end = _period(project)
    if not start <= q <= end:
        raise ValidationError(
            translate("Economy", "{q} ligger utanför projektperioden för {code} ({start} – {end}).").format(
                q=quarter_text(q), code=project.code, start=quarter_text(start), end=quarter_text(end))
        )
    return q


def _setting(session: Session, project: Project, *, create: bool = False) -> EconomySetting | None:
    from hallbar_desktop.store.models import EconomySetting

    row = session.scalars(select(EconomySetting).where(EconomySetting.project_id == project.id)).first()
    if row is None and create:
        row = EconomySetting(project_id=project.id, indirect_rate=DEFAULT_INDIRECT_RATE,
                             funder_cap=DEFAULT_FUNDER_CAP, **{f"{r}_column": "" for r in ColumnMapping.ROLES})
        session.add(row)
        session.flush()
    return row


# --- settings -------------------------------------------------------------------------------
def economy_settings(session: Session, project_code: str) -> EconomySettings:
    project = get_project(session, project_code)
    return _settings(session, project)


def _settings(session: Session, project: Project) -> EconomySettings:
    from hallbar_desktop.store.models import AccountMapping

    row = _setting(session, project)
    accounts = {m.account: CostCategory(m.category) for m in session.scalars(
        select(AccountMapping).where(AccountMapping.project_id == project.id).order_by(AccountMapping.account))}
    if row is None:
        return EconomySettings(DEFAULT_INDIRECT_RATE, DEFAULT_FUNDER_CAP, ColumnMapping(), accounts)
    columns = ColumnMapping(**{r: getattr(row, f"{r}_column") for r in ColumnMapping.ROLES})
    return EconomySettings(row.indirect_rate, row.funder_cap, columns, accounts)


def set_indirect_rate(session: Session, project_code: str, rate: float, actor: Actor) -> bool:
    """The project's flat rate for indirect costs (a fraction: 0.15 = 15 % of salary costs)."""
    project = get_project(session, project_code)
    try:
        rate = check_indirect_rate(rate)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    row = _setting(session, project, create=True)
    assert row is not None
    if abs(row.indirect_rate - rate) < 1e-12:
        return False
    old = row.indirect_rate
    row.indirect_rate = rate
    session.flush()
    project_audit(session, project.id, "indirect_rate", {"indirect_rate": old}, {"indirect_rate": rate}, actor)
    return True


def set_funder_cap(session: Session, project_code: str, cap: float, actor: Actor) -> bool:
    """The most the funder may pay of the total (a fraction: 0.5 = 50 %)."""
    project = get_project(session, project_code)
    try:
        cap = check_funder_cap(cap)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    row = _setting(session, project, create=True)
    assert row is not None
    if abs(row.funder_cap - cap) < 1e-12:
        return False
    old = row.funder_cap
    row.funder_cap = cap
    session.flush()
    project_audit(session, project.id, "funder_cap", {"funder_cap": old}, {"funder_cap": cap}, actor)
    return True


def save_column_mapping(session: Session, project_code: str, columns: ColumnMapping, actor: Actor) -> bool:
    """Remember which columns of the project's accounting export hold what."""
    project = get_project(session, project_code)
    for role in ColumnMapping.ROLES:
        value = getattr(columns, role)
        if not isinstance(value, str) or len(value) > 200:
            raise ValidationError(translate("Economy", "Ett kolumnnamn är för långt (högst 200 tecken)."))
    if not columns.complete:
        raise ValidationError(
            translate("Economy", "Kolumnerna räcker inte: ange datum, belopp (eller debet och kredit) och konto "
                                 "(eller kostnadsslag)."))
    row = _setting(session, project, create=True)
    assert row is not None
    old = {r: getattr(row, f"{r}_column") for r in ColumnMapping.ROLES}
    new = {r: getattr(columns, r).strip() for r in ColumnMapping.ROLES}
    if old == new:
        return False
    for r, v in new.items():
        setattr(row, f"{r}_column", v)
    session.flush()
    project_audit(session, project.id, "import_columns", {k: v for k, v in old.items() if v},
                  {k: v for k, v in new.items() if v}, actor)
    return True


def check_account_key(account: str) -> str:
    key = " ".join(str(account).split())
    if not key or len(key) > 40 or key == "*":
        raise ValidationError(translate("Economy", "«{account}» är inget konto (högst 40 tecken; ett prefix slutar "
                                                   "med *).").format(account=account))
    if "*" in key[:-1]:
        raise ValidationError(translate("Economy", "«{account}»: en stjärna får bara stå sist (t.ex. 51*).").format(
                                  account=account))
    return key


def set_account_mapping(session: Session, project_code: str, account: str, category: CostCategory | str | None,
                        actor: Actor) -> bool:
    """Map an account (or a prefix such as ``51*``) to a cost category; None removes the mapping."""
    from hallbar_desktop.store.models import AccountMapping

    project = get_project(session, project_code)
    key = check_account_key(account)
    wanted = _category(category) if category is not None else None
    row = session.scalars(select(AccountMapping).where(
        AccountMapping.project_id == project.id, AccountMapping.account == key)).first()
    before = row.category if row is not None else None
    after = wanted.value if wanted is not None else None
    if before == after:
        return False
    if wanted is None:
        assert row is not None
        session.delete(row)
    elif row is None:
        session.add(AccountMapping(project_id=project.id, account=key, category=wanted.value))
    else:
        row.category = wanted.value
    session.flush()
    project_audit(session, project.id, "account_mapping", {"account": key, "category": before} if before else None,
                  {"account": key, "category": after} if after else None, actor)
    return True


def category_of_account(account: str, accounts: Mapping[str, CostCategory]) -> CostCategory | None:
    """The category an account maps to: the account itself, else the longest matching prefix."""
    key = account.strip()
    if key in accounts:
        return accounts[key]
    best: tuple[int, CostCategory] | None = None
    for pattern, category in accounts.items():
        if pattern.endswith("*") and key.startswith(pattern[:-1]) and (best is None or len(pattern) > best[0]):
            best = (len(pattern), category)
    return best[1] if best else None


# --- budget and financing -------------------------------------------------------------------
def budget_table(session: Session, project_code: str) -> BudgetTable:
    from hallbar_desktop.store.models import BudgetLine

    project = get_project(session, project_code)
    settings = _settings(session, project)
    years = project_years(project)
    budget: dict[CostCategory, dict[int, float]] = {c: dict.fromkeys(years, 0.0) for c in CostCategory}
    for line in session.scalars(select(BudgetLine).where(BudgetLine.project_id == project.id)):
        budget[CostCategory(line.category)][line.year] = line.amount
    for y in years:
        budget[CostCategory.INDIRECT][y] = indirect_costs(budget[CostCategory.PERSONNEL][y], settings.indirect_rate)
    financiers = tuple(_financier_info(f) for f in _financiers(session, project))
    total = sum(sum(v.values()) for v in budget.values())
    funder = sum(f.total_planned for f in financiers if f.kind is FinancierKind.FUNDER)
    share = FunderShare(funder, total, settings.funder_cap)
    table = BudgetTable(project.code, years, settings.indirect_rate, budget, financiers, share, ())
    return BudgetTable(project.code, years, settings.indirect_rate, budget, financiers, share,
                       tuple(budget_checks(table)))


def budget_checks(table: BudgetTable) -> list[str]:
    """What the funder would send back: budget and financing that differ, a share over the cap,
    contributions in kind that are not the same on both sides."""
    checks: list[str] = []
    if table.total <= EPS and not table.financiers:
        return checks
    if abs(table.total - table.financing_total) > 0.5:
        checks.append(
            f"Budgeten ({format_amount(table.total)}) och finansieringen ({format_amount(table.financing_total)}) "
            "är inte lika stora.")
    for y in table.years:
        cost, money = table.year_total(y), table.financing_year_total(y)
        if abs(cost - money) > 0.5 and abs(table.total - table.financing_total) <= 0.5:
            checks.append(f"{y}: budgeten ({format_amount(cost)}) och finansieringen ({format_amount(money)}) "
                          "skiljer sig åt.")
    if not table.funder_share.within_cap:
        checks.append(table.funder_share.message_sv())
    in_kind_cost = table.category_total(CostCategory.IN_KIND)
    in_kind_money = sum(f.total_planned for f in table.financiers if f.kind is FinancierKind.IN_KIND)
    if abs(in_kind_cost - in_kind_money) > 0.5:
        checks.append(
            f"Bidrag i annat än pengar är {format_amount(in_kind_cost)} i budgeten men "
            f"{format_amount(in_kind_money)} i finansieringen; de ska vara lika.")
    return checks


def set_budget(session: Session, project_code: str, category: CostCategory | str, year: int | str,
               amount: Amount | None, actor: Actor) -> bool:
    """The budget of one cost category and year; None (or empty text) removes it. False if unchanged."""
    from hallbar_desktop.store.models import BudgetLine

    project = get_project(session, project_code)
    c = _category(category)
    y = _year(project, year)
    value = _amount(amount, translate("Economy", "Budget för {c} {y}").format(
        c=c.label_sv(), y=y), allow_negative=False)
    row = session.scalars(select(BudgetLine).where(
        BudgetLine.project_id == project.id, BudgetLine.category == c.value, BudgetLine.year == y)).first()
    before = row.amount if row is not None else None
    if before == value:
        return False
    if value is None:
        assert row is not None
        session.delete(row)
    elif row is None:
        session.add(BudgetLine(project_id=project.id, category=c.value, year=y, amount=value))
    else:
        row.amount = value
    session.flush()
    project_audit(session, project.id, "budget", {"category": c.value, "year": y, "amount": before},
                  {"category": c.value, "year": y, "amount": value}, actor)
    return True


def _financiers(session: Session, project: Project) -> list[Financier]:
    from sqlalchemy.orm import selectinload

    from hallbar_desktop.store.models import Financier

    return list(session.scalars(
        select(Financier).where(Financier.project_id == project.id)
        .options(selectinload(Financier.planned), selectinload(Financier.paid))
        .order_by(Financier.position, Financier.id)))


def _financier_info(f: Financier) -> FinancierInfo:
    return FinancierInfo(f.id, f.name, FinancierKind(f.kind), tuple((p.year, p.amount) for p in f.planned),
                         tuple((Quarter.parse(p.quarter), p.amount) for p in f.paid))


def list_financiers(session: Session, project_code: str) -> list[FinancierInfo]:
    project = get_project(session, project_code)
    return [_financier_info(f) for f in _financiers(session, project)]


def _financier(session: Session, project: Project, name: str) -> Financier:
    from hallbar_desktop.store.models import Financier

    wanted = " ".join(name.split())
    found = session.scalars(select(Financier).where(
        Financier.project_id == project.id, func.lower(Financier.name) == wanted.lower())).first()
    if found is None:
        names = [f.name for f in _financiers(session, project)]
        raise NotFound(translate("Economy", "{code} har ingen finansiär «{wanted}». Finansiärer: {value}.").format(
                           code=project.code, wanted=wanted,
                           value=', '.join(names) or translate("Economy", "inga ännu")))
    return found


def _kind(kind: FinancierKind | str) -> FinancierKind:
    try:
        return kind if isinstance(kind, FinancierKind) else FinancierKind.parse(kind)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc


def save_financier(session: Session, project_code: str, name: str, kind: FinancierKind | str, actor: Actor, *,
                   original_name: str | None = None) -> FinancierInfo:
    """Add a financier, or rename / change the kind of the one called ``original_name``."""
    from hallbar_desktop.store.models import Financier

    project = get_project(session, project_code)
    clean = " ".join(str(name).split())
    if not clean:
        raise ValidationError(translate("Economy", "Ange finansiärens namn."))
    if len(clean) > 300:
        raise ValidationError(translate("Economy", "Finansiärens namn är för långt (högst 300 tecken)."))
    k = _kind(kind)
    row = _financier(session, project, original_name) if original_name is not None else None
    clash = session.scalars(select(Financier).where(
        Financier.project_id == project.id, func.lower(Financier.name) == clean.lower())).first()
    if clash is not None and clash is not row:
        raise ValidationError(translate("Economy", "{code} har redan finansiären «{name}».").format(
                                  code=project.code, name=clash.name))
    if row is None:
        position = (session.scalar(select(func.max(Financier.position))
                                   .where(Financier.project_id == project.id)) or 0) + 1
        row = Financier(project_id=project.id, name=clean, kind=k.value, position=position)
        session.add(row)
        session.flush()
        project_audit(session, project.id, "financier", None, {"name": clean, "kind": k.value}, actor)
    elif (row.name, row.kind) != (clean, k.value):
        before = {"name": row.name, "kind": row.kind}
        row.name, row.kind = clean, k.value
        session.flush()
        project_audit(session, project.id, "financier_edit", before, {"name": clean, "kind": k.value}, actor)
    session.refresh(row)
    return _financier_info(row)


def remove_financier(session: Session, project_code: str, name: str, actor: Actor) -> None:
    """Remove a financier with nothing paid in (its planned financing goes with it)."""
    project = get_project(session, project_code)
    row = _financier(session, project, name)
    if any(abs(p.amount) > EPS for p in row.paid):
        raise ValidationError(translate("Economy", "«{name}» har betalat in pengar och kan inte tas bort; ändra "
                                                   "beloppen i stället.").format(name=row.name))
    before = {"name": row.name, "kind": row.kind, "planned": {str(p.year): p.amount for p in row.planned}}
    session.delete(row)
    session.flush()
    project_audit(session, project.id, "financier_delete", before, None, actor)


def set_financing(session: Session, project_code: str, financier: str, year: int | str, amount: Amount | None,
                  actor: Actor) -> bool:
    """The financier's planned financing of one year (as in the decision); None removes it."""
    from hallbar_desktop.store.models import FinancingLine

    project = get_project(session, project_code)
    f = _financier(session, project, financier)
    y = _year(project, year)
    value = _amount(amount, translate("Economy", "Finansiering från {name} {y}").format(
        name=f.name, y=y), allow_negative=False)
    row = next((p for p in f.planned if p.year == y), None)
    before = row.amount if row is not None else None
    if before == value:
        return False
    if value is None:
        assert row is not None
        f.planned.remove(row)
    elif row is None:
        f.planned.append(FinancingLine(year=y, amount=value))
    else:
        row.amount = value
    session.flush()
    project_audit(session, project.id, "financing", {"financier": f.name, "year": y, "amount": before},
                  {"financier": f.name, "year": y, "amount": value}, actor)
    return True


def set_paid_in(session: Session, project_code: str, financier: str, quarter: Quarter | str, amount: Amount | None,
                actor: Actor) -> bool:
    """Financing received from the financier during the quarter; None removes it."""
    from hallbar_desktop.store.models import FinancingPaid

    project = get_project(session, project_code)
    f = _financier(session, project, financier)
    q = _in_period_or_after(project, quarter)
    value = _amount(amount, translate("Economy", "Inbetalning från {name} {q}").format(
        name=f.name, q=quarter_text(q)), allow_negative=True)
    row = next((p for p in f.paid if p.quarter == str(q)), None)
    before = row.amount if row is not None else None
    if before == value:
        return False
    if value is None:
        assert row is not None
        f.paid.remove(row)
    elif row is None:
        f.paid.append(FinancingPaid(quarter=str(q), amount=value))
    else:
        row.amount = value
    session.flush()
    project_audit(session, project.id, "paid_in", {"financier": f.name, "amount": before},
                  {"financier": f.name, "amount": value}, actor, quarter=q)
    return True


def _in_period_or_after(project: Project, quarter: Quarter | str) -> Quarter:
    """Payments arrive up to a year after the project (the final payment request is paid late)."""
    try:
        q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    start, end = _period(project)
    if not start <= q <= end + 4:
        raise ValidationError(
            translate("Economy", "{q} ligger utanför projektperioden för {code} ({start} – {end}, och året efter för "
                                 "slututbetalningen).").format(
                q=quarter_text(q), code=project.code, start=quarter_text(start), end=quarter_text(end)))
    return q


# --- actual costs ---------------------------------------------------------------------------
def _costs(session: Session, project: Project) -> list[ActualCost]:
    from hallbar_desktop.store.models import ActualCost

    return list(session.scalars(select(ActualCost).where(ActualCost.project_id == project.id)))


def cost_grid(session: Session, project_code: str) -> CostGrid:
    """Every quarter × every category; indirect costs computed from personnel per quarter."""
    from hallbar_desktop.services.steering import approved_quarters

    project = get_project(session, project_code)
    settings = _settings(session, project)
    start, end = _period(project)
    quarters = tuple(quarter_range(start, end))
    approved = set(approved_quarters(session, project.code))
    stored = {(Quarter.parse(c.quarter), CostCategory(c.category)): c for c in _costs(session, project)}
    cells: dict[tuple[Quarter, CostCategory], CostCell] = {}
    for q in quarters:
        for cat in CostCategory:
            if cat.computed:
                continue
            c = stored.get((q, cat))
            cells[(q, cat)] = CostCell(q, cat, c.amount if c else None, c.source if c else "",
                                       c.source_detail if c else "", False, q in approved)
        personnel = cells[(q, CostCategory.PERSONNEL)].amount
        cells[(q, CostCategory.INDIRECT)] = CostCell(
            q, CostCategory.INDIRECT,
            indirect_costs(personnel, settings.indirect_rate) if personnel is not None else None,
            "computed", "", True, q in approved)
    return CostGrid(project.code, quarters, tuple(CostCategory), cells, settings.indirect_rate)


def _cost_state(c: ActualCost | None, category: CostCategory) -> dict[str, object] | None:
    if c is None:
        return None
    return {"category": category.value, "amount": c.amount, "source": c.source,
            **({"file": c.source_detail} if c.source_detail else {})}


def set_cost(session: Session, project_code: str, quarter: Quarter | str, category: CostCategory | str,
             amount: Amount | None, actor: Actor) -> CostChange:
    """Type the actual costs of one quarter in one category (a correction may be negative);
    None or empty text clears. Replaces what an import put there."""
    from hallbar_desktop.services.projects import utcnow
    from hallbar_desktop.store.models import ActualCost

    project = get_project(session, project_code)
    q = _in_period(project, quarter)
    c = _category(category)
    value = _amount(amount, translate("Economy", "{c} {q}").format(
        c=c.label_sv(), q=quarter_text(q)), allow_negative=True)
    row = session.scalars(select(ActualCost).where(
        ActualCost.project_id == project.id, ActualCost.quarter == str(q), ActualCost.category == c.value)).first()
    before = row.amount if row is not None else None
    if before == value:  # the same amount is not a change, whatever wrote it first
        return CostChange(q, c, before, value, False)
    old = _cost_state(row, c)
    if value is None:
        assert row is not None
        session.delete(row)
    else:
        if row is None:
            row = ActualCost(project_id=project.id, quarter=str(q), category=c.value)
            session.add(row)
        row.amount = value
        row.source = actor.source if actor.source in ("load", "import") else "typed"
        row.source_detail = actor.detail if row.source != "typed" else ""
        row.entered_by = actor.user
        row.entered_at = utcnow()
        row.lines = []
    session.flush()
    project_audit(session, project.id, "cost", old, _cost_state(row, c) if value is not None else None, actor,
                  quarter=q)
    return CostChange(q, c, before, value, True)


def clear_cost(session: Session, project_code: str, quarter: Quarter | str, category: CostCategory | str,
               actor: Actor) -> bool:
    return set_cost(session, project_code, quarter, category, None, actor).changed


def cost_lines(session: Session, project_code: str, quarter: Quarter | str,
               category: CostCategory | str) -> list[dict[str, object]]:
    """The imported transactions behind one cell (row of the file, date, account, activity, text, amount)."""
    from hallbar_desktop.store.models import ActualCost

    project = get_project(session, project_code)
    q = _in_period(project, quarter)
    c = _category(category, typed=False)
    row = session.scalars(select(ActualCost).where(
        ActualCost.project_id == project.id, ActualCost.quarter == str(q), ActualCost.category == c.value)).first()
    if row is None:
        return []
    return [{"row": line.row_number, "date": line.booked_on, "account": line.account,
             "activity": line.activity_code, "text": line.text, "amount": line.amount, "file": row.source_detail}
            for line in row.lines]


def costs_by_activity(session: Session, project_code: str, first: Quarter, last: Quarter) -> dict[str, float]:
    """Imported costs booked on an activity code, summed over ``first``..``last`` (traceability)."""
    from hallbar_desktop.store.models import ActualCost, CostLine

    project = get_project(session, project_code)
    rows = session.execute(
        select(CostLine.activity_code, func.sum(CostLine.amount))
        .join(ActualCost, ActualCost.id == CostLine.actual_cost_id)
        .where(ActualCost.project_id == project.id, ActualCost.quarter >= str(first),
               ActualCost.quarter <= str(last), CostLine.activity_code != "")
        .group_by(CostLine.activity_code)).all()
    return {code.lower(): float(total) for code, total in rows}

"""The spec syntax's building blocks, shared by the spec format (``twapschema.spec``) and the
rule kinds (``twapschema.rules``): a leaf below both, so neither package imports the other's
base."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class StrictModel(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class SourceSyntax(StrictModel):
    """Where a statement comes from: a venue document and section, or `inferred` with why."""

    doc: str | None = Field(None, description="Id of a document under venue.sources.")
    section: str | None = Field(None, description="Section or heading within that document.")
    inferred: str | None = Field(
        None, description="No document states this: the reasoning that makes it safe to assume."
    )
    note: str | None = Field(None, description="Anything a reader should know about the source.")

    @model_validator(mode="after")
    def _one_form(self) -> SourceSyntax:
        if self.inferred is not None:
            if self.doc is not None or self.section is not None:
                raise ValueError("a source is either {doc, section} or {inferred}, not both")
            if not self.inferred.strip():
                raise ValueError("'inferred' must say why the statement is safe to assume")
        elif self.doc is None or self.section is None:
            raise ValueError("a source needs 'doc' and 'section', or 'inferred' with the reasoning")
        return self

"""create accounts

Revision ID: 1975ea83b712
Revises: 
Create Date: 2026-12-07 07:02:08.361872

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1975ea83b712'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table("accounts", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("accounts")

"""add email to accounts

Revision ID: 27a6b2fa3c5d
Revises: 1975ea83b712
Create Date: 2026-12-07 07:02:10.218157

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '27a6b2fa3c5d'
down_revision: Union[str, Sequence[str], None] = '1975ea83b712'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
